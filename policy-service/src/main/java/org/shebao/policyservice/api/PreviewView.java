package org.shebao.policyservice.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Sample employees' monthly bills under a draft and under the published policy, as calc-service answers them.
 *
 * @param calcServiceUrl where the answers came from
 */
@Schema(description = "What-if preview: calc-service's answers under the draft and under the published policy")
public record PreviewView(String regionCode, String month, String calcServiceUrl, List<Sample> samples) {

    /**
     * One sample wage.
     *
     * @param code      WAGE_10000, FLOOR, AVERAGE or CEILING
     * @param draft     calc-service's answer with the draft as policyOverride
     * @param published calc-service's answer from the published policies
     */
    public record Sample(String code, String label, BigDecimal wage, Outcome draft, Outcome published) {
    }

    /**
     * An answer of calc-service.
     *
     * @param status HTTP status
     * @param body   the answer (a bill) or a problem
     */
    public record Outcome(int status, JsonNode body) {
    }
}
