package org.shebao.calcservice.service;

import java.util.List;

import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.TraceStep;
import org.shebao.calcservice.calc.Unknown;

/**
 * A served calculation in domain terms: its result, the policies it used (each version once, in the order used), what
 * must be said (about those policies first, then the calculation's caveats and warnings), the figures it could not
 * know, and its trace.
 *
 * @param provisional true when a policy was carried forward past its period (暂按上年度)
 * @param projected   true when figures were extrapolated into the future
 * @param trace     the steps with {@code explain}; null otherwise
 */
public record Outcome<R>(R result, List<UsedPolicy> policies, List<Finding> findings, List<Unknown> unknown,
        boolean provisional, boolean projected, List<TraceStep> trace) {

    public Outcome {
        policies = List.copyOf(policies);
        findings = List.copyOf(findings);
        unknown = List.copyOf(unknown);
    }
}
