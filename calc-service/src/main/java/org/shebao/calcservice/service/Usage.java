package org.shebao.calcservice.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.RecordingTrace;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.Trace;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.PolicyPayload;

/** Collects, while one calculation is served, the policies it uses (each version once) and its trace. */
public final class Usage {

    /** By version ({@code 110000/CONTRIBUTION v2}): one answer may use two versions of one timeline (补差). */
    private final Map<String, UsedPolicy> used = new LinkedHashMap<>();
    private final Trace trace;

    public Usage(boolean explain) {
        this.trace = explain ? new RecordingTrace() : Trace.NONE;
    }

    public Trace trace() {
        return trace;
    }

    /**
     * Notes a published version as used, and the CARRY_FORWARD version that allowed it when it was carried past its
     * end; returns it for the calculator.
     */
    public <P extends PolicyPayload> SourcedPolicy<P> use(ResolvedPolicy policy, Class<P> payloadType) {
        // a version used in force for some months and past its end for others (a year's bills) is cited as carried
        used.merge(policy.ref().label(), UsedPolicy.of(policy), (first, next) -> first.carriedForward() ? first : next);
        if (policy.carriedForward()) {
            used.putIfAbsent(policy.carriedForwardUnder().ref().label(), UsedPolicy.of(policy.carriedForwardUnder()));
        }
        return policy.sourced(payloadType);
    }

    /** A what-if: the caller's own payload replaces the published one. */
    public <P extends PolicyPayload> SourcedPolicy<P> callerSupplied(String regionCode, PolicyKind kind, P payload) {
        UsedPolicy policy = UsedPolicy.callerSupplied(regionCode, kind);
        used.putIfAbsent(policy.ref().label(), policy);
        return SourcedPolicy.of(policy.ref(), payload);
    }

    public <R> Outcome<R> outcome(R result, Status.Report status) {
        return outcome(result, status, false);
    }

    /** The served calculation: what must be said about the policies used comes before the calculation's own. */
    public <R> Outcome<R> outcome(R result, Status.Report status, boolean projected) {
        List<UsedPolicy> policies = List.copyOf(used.values());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            findings.addAll(policies.get(i).findings(i));
        }
        findings.addAll(status.findings());
        boolean provisional = policies.stream().anyMatch(UsedPolicy::carriedForward);
        return new Outcome<>(result, policies, findings, status.unknown(), provisional, projected,
                trace instanceof RecordingTrace recording ? recording.steps() : null);
    }
}
