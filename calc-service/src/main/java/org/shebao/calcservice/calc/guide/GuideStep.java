package org.shebao.calcservice.calc.guide;

import java.util.List;
import java.util.function.Function;

import org.shebao.contract.CareScope;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.GuideProcedure;
import org.shebao.contract.payload.OutOfAreaSituation;
import org.shebao.contract.payload.ParticipantType;
import org.shebao.contract.payload.ProcedureType;
import org.shebao.contract.payload.Scheme;

/**
 * One procedure as an answer gives it: which guide it comes from ({@code source}, {@code policy}) and each item with
 * its citation.
 */
public record GuideStep(
        GuideSource source,
        String policy,
        ProcedureType procedure,
        String title,
        ParticipantType participantType,
        Scheme scheme,
        Boolean nonLocalHukou,
        FilingType filingType,
        OutOfAreaSituation situation,
        List<CareScope> scopes,
        List<Material> materials,
        Channels channels,
        Validity validity,
        Rule directSettlement,
        Rule filingAfterAdmission,
        Rule changeOrCancel,
        Rule claimDeadline,
        List<String> notes) {

    public record Material(String name, boolean required, String alternativeTo, String note, Cited citation) {
    }

    public record Channels(List<String> names, Cited citation) {
    }

    public record Validity(Integer months, boolean indefinite, String note, Cited citation) {
    }

    /** A rule: {@code allowed} where it is a yes or no, {@code months} where it names a period. */
    public record Rule(Boolean allowed, Integer months, String text, Cited citation) {
    }

    /**
     * The procedure with every item cited: by its own citation key, or by the version's source where the guide
     * predates per-item citations.
     */
    public static GuideStep of(GuideVersion version, GuideProcedure p) {
        String policy = version.ref().label();
        Cited fallback = Cited.of(policy, version.versionSource());
        Function<String, Cited> cite = key -> {
            Cited own = Cited.of(policy, p.citation(key));
            return own != null ? own : fallback;
        };
        return new GuideStep(version.source(), policy, p.procedure(), p.title(), p.participantType(), p.scheme(),
                p.nonLocalHukou(), p.filingType(), p.situation(), p.scopes(),
                p.materials().stream().map(m -> new Material(m.name(), m.required(), m.alternativeTo(), m.note(),
                        cite.apply(m.cite()))).toList(),
                p.channels() == null || p.channels().isEmpty() ? null
                        : new Channels(p.channels(), cite.apply(p.channelsCite())),
                p.validity() == null ? null : new Validity(p.validity().months(), p.validity().indefinite(),
                        p.validity().note(), cite.apply(p.validity().cite())),
                rule(p.directSettlement(), cite), rule(p.filingAfterAdmission(), cite), rule(p.changeOrCancel(), cite),
                rule(p.claimDeadline(), cite), p.notes() == null ? List.of() : p.notes());
    }

    private static Rule rule(GuideProcedure.Term term, Function<String, Cited> cite) {
        return term == null ? null : new Rule(term.allowed(), term.months(), term.text(), cite.apply(term.cite()));
    }
}
