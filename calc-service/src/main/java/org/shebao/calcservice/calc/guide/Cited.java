package org.shebao.calcservice.calc.guide;

import org.shebao.contract.Confidence;
import org.shebao.contract.payload.GuideProcedure;

/**
 * Where one item of a guidance answer comes from: the document and article, the wording seen, and whether it was the
 * official text; {@code policy} names the GUIDE or MEDICAL_BENEFIT version that holds it.
 */
public record Cited(String policy, String documentNumber, String title, String article, String url, String quote,
        Confidence confidence) {

    static Cited of(String policy, GuideProcedure.Citation citation) {
        return citation == null ? null : new Cited(policy, citation.documentNumber(), citation.title(),
                citation.article(), citation.url(), citation.quote(), citation.confidence());
    }
}
