package org.shebao.calcservice.calc;

import java.util.function.Consumer;

/**
 * Where a calculation explains itself, step by step: which formula, on which inputs (each with the policy version it
 * came from), with which result.
 *
 * <p>Calculators call {@link #step} with the inputs as a lambda, which {@link #NONE} never runs: the fast path builds no
 * maps and no strings. Use {@link RecordingTrace} to keep the steps.
 */
public interface Trace {

    /** Records nothing and costs (almost) nothing. */
    Trace NONE = new Trace() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void record(TraceStep step) {
            // tracing is off
        }
    };

    /** Whether steps are kept; calculators may skip work that only serves the trace. */
    boolean enabled();

    /** Keeps a finished step; only called while {@link #enabled()}. */
    void record(TraceStep step);

    /**
     * Records a step if tracing is on.
     *
     * @param step    short name of the step ("base", "employer amount 养老保险")
     * @param formula the formula in words or symbols ("clamp(wage, floor, ceiling)")
     * @param result  what the step produced
     * @param inputs  fills in the named inputs; only run while tracing
     */
    default void step(String step, String formula, Object result, Consumer<TraceInputs> inputs) {
        if (enabled()) {
            TraceInputs collected = new TraceInputs();
            inputs.accept(collected);
            record(new TraceStep(step, formula, collected.asMap(), result));
        }
    }
}
