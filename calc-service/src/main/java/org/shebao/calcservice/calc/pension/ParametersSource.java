package org.shebao.calcservice.calc.pension;

/** Where the parameters of a pension estimate came from. */
public enum ParametersSource {
    /** All from published policy versions. */
    POLICY,
    /** All from the caller's overrides. */
    CALLER,
    /** Some of each. */
    MIXED;

    static ParametersSource of(boolean anyFromPolicy, boolean anyFromCaller) {
        if (anyFromPolicy && anyFromCaller) {
            return MIXED;
        }
        return anyFromCaller ? CALLER : POLICY;
    }
}
