package org.shebao.policyservice.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.PolicyKind;

/**
 * Sample people's answers under a draft and under the published policy, as calc-service gives them.
 *
 * @param figures        what to show of each answer's {@code result}, in order
 * @param calcServiceUrl where the answers came from
 */
@Schema(description = "What-if preview: calc-service's answers under the draft and under the published policy")
public record PreviewView(String regionCode, PolicyKind kind, String month, List<Figure> figures,
        String calcServiceUrl, List<Sample> samples) {

    /**
     * A figure of calc-service's result.
     *
     * @param field its path in {@code result}, as calc-service's {@code unknown[].field} names it
     * @param label Chinese, then the English after a {@code |}
     */
    public record Figure(String field, String label) {
    }

    /**
     * One sample person.
     *
     * @param code      e.g. WAGE_10000, FLOOR, RETIREE, INPATIENT_IN_SERVICE
     * @param wage      the monthly wage of a CONTRIBUTION sample; null for other kinds
     * @param query     what calc-service was asked (without the override)
     * @param draft     calc-service's answer with the draft as policyOverride
     * @param published calc-service's answer from the published policies
     */
    public record Sample(String code, String label, BigDecimal wage, JsonNode query, Outcome draft,
            Outcome published) {
    }

    /**
     * An answer of calc-service.
     *
     * @param status HTTP status
     * @param body   the answer or a problem
     */
    public record Outcome(int status, JsonNode body) {
    }
}
