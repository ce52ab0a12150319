package org.shebao.calcservice.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of {@code ?explain=true}. Step names, formulas and the shape of values are for people and may change.
 *
 * @param inputs each named input in the order the step used it
 */
@Schema(description = "One explained step of a calculation")
public record TraceEntry(String step, String formula, Map<String, Input> inputs, Object result) {

    /**
     * @param source        "request", "calculated", "default", a policy timeline ("110000/CONTRIBUTION") or a legal
     *                      citation
     * @param policyVersion the version within that timeline; null unless the input came from a policy
     */
    public record Input(Object value, String source, Integer policyVersion) {
    }
}
