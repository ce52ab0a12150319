package org.shebao.calcservice.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The envelope of every calculation answer: the answer of the endpoint in {@code result}, and what must be said about
 * it in one vocabulary for all calculators. {@link #complete()} is derived from {@code unknown}, never set.
 *
 * @param result      the endpoint's answer record
 * @param unknown     every figure of {@code result} that is null because it cannot be known, with the reason's code
 * @param provisional a policy was carried forward past its period (暂按上年度): figures may be settled (补差) once
 *                    the new one is published
 * @param projected   a figure was extrapolated into the future (pension projections)
 * @param caveats     what the cited policies' data cannot express
 * @param warnings    what the caller must know about this answer or its request
 * @param policies    each policy version whose figures were used, once; null on the lines of a batch
 * @param trace       every step, with {@code ?explain=true} only
 * @param notice      the estimate notice; null on the lines of a batch, whose summary carries it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "result", "complete", "unknown", "provisional", "projected", "caveats", "warnings", "policies",
        "trace", "notice" })
@Schema(description = "A calculation answer with its status, citations and notice", requiredProperties = { "result",
        "complete", "unknown", "provisional", "projected", "caveats", "warnings", "policies", "notice" })
public record Answer<R>(
        R result,
        List<UnknownFigure> unknown,
        boolean provisional,
        boolean projected,
        List<StatusItem> caveats,
        List<StatusItem> warnings,
        List<PolicyCitation> policies,
        List<TraceEntry> trace,
        String notice) {

    /** True when no figure of {@code result} is unknown. */
    @JsonProperty("complete")
    public boolean complete() {
        return unknown.isEmpty();
    }
}
