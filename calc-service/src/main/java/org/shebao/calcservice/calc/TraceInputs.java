package org.shebao.calcservice.calc;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shebao.calcservice.calc.TraceStep.TraceInput;

/** Collects the named inputs of one traced step; only ever built while tracing is on. */
public final class TraceInputs {

    /** Source of every value the caller sent. */
    public static final String REQUEST = "request";
    /** Source of values produced by an earlier step of the same calculation. */
    public static final String CALCULATED = "calculated";
    /** Source of a calculator default used where no policy states the figure (分 half up rounding). */
    public static final String DEFAULT = "default";

    private final Map<String, TraceInput> inputs = new LinkedHashMap<>();

    TraceInputs() {
    }

    /** A value the caller sent. */
    public TraceInputs request(String name, Object value) {
        return put(name, new TraceInput(value, REQUEST, null));
    }

    /** A figure of a policy version. */
    public TraceInputs policy(String name, Object value, PolicyRef policy) {
        return put(name, new TraceInput(value, policy.isCallerSupplied() ? policy.label() : policy.source(),
                policy.isCallerSupplied() ? null : policy.version()));
    }

    /** A figure of a policy version, or the calculator's documented default when no policy gives it. */
    public TraceInputs policyOrDefault(String name, Object value, PolicyRef policy) {
        return policy == null ? put(name, new TraceInput(value, DEFAULT, null)) : policy(name, value, policy);
    }

    /** A value the caller may give instead of the policy's (an override, a chosen rate). */
    public TraceInputs requestOrPolicy(String name, Object value, boolean fromRequest, PolicyRef policy) {
        return fromRequest ? request(name, value) : policy(name, value, policy);
    }

    /** A result of an earlier step. */
    public TraceInputs calculated(String name, Object value) {
        return put(name, new TraceInput(value, CALCULATED, null));
    }

    /** A constant fixed by law, with its citation as the source. */
    public TraceInputs law(String name, Object value, String citation) {
        return put(name, new TraceInput(value, citation, null));
    }

    private TraceInputs put(String name, TraceInput input) {
        inputs.put(name, input);
        return this;
    }

    Map<String, TraceInput> asMap() {
        return inputs;
    }
}
