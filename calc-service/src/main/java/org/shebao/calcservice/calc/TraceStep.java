package org.shebao.calcservice.calc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One recorded step: {@code {step, formula, inputs: {name: {value, source, policyVersion}}, result}}. The inputs keep
 * the order they were recorded in, so a trace reads the same on every run.
 */
public record TraceStep(String step, String formula, Map<String, TraceInput> inputs, Object result) {

    public TraceStep {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /**
     * One named input of a step.
     *
     * @param source        "request" for what the caller sent, a policy timeline ("110000/CONTRIBUTION"), "calculated"
     *                      for the result of an earlier step, or a legal citation for constants of national law
     * @param policyVersion version within that timeline; null unless the input came from a policy
     */
    public record TraceInput(Object value, String source, Integer policyVersion) {
    }
}
