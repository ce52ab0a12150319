package org.shebao.calcservice.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.shebao.calcservice.api.PolicyCitation;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.RecordingTrace;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.TraceStep;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.PolicyPayload;

/**
 * Collects, for one request, the policies used (each cited once), the warnings and the trace, and sends the answer
 * with its {@code Policy-Revision} header.
 */
public final class AnswerBuilder {

    public static final String POLICY_REVISION_HEADER = "Policy-Revision";
    public static final String NOTICE = "估算结果，仅供参考；实际以经办机构核定为准。Estimate only: actual amounts are "
            + "settled by the social-insurance and medical-insurance agencies.";

    /** By version ({@code 110000/CONTRIBUTION v2}): an answer may use two versions of one timeline (补差). */
    private final Map<String, PolicyCitation> citations = new LinkedHashMap<>();
    /** By timeline ({@code 110000/CONTRIBUTION=7}), for the header. */
    private final Set<String> revisionTags = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final Trace trace;

    public AnswerBuilder(boolean explain) {
        this.trace = explain ? new RecordingTrace() : Trace.NONE;
    }

    public Trace trace() {
        return trace;
    }

    /** Cites a published version (and warns when its figures are not official); returns it for the calculator. */
    public <P extends PolicyPayload> SourcedPolicy<P> use(ResolvedPolicy policy, Class<P> payloadType) {
        revisionTags.add(policy.revisionTag());
        if (citations.putIfAbsent(policy.ref().label(), policy.citation()) == null && policy.warning() != null) {
            warnings.add(policy.warning());
        }
        return policy.sourced(payloadType);
    }

    /** A what-if: the caller's own payload replaces the published one. */
    public <P extends PolicyPayload> SourcedPolicy<P> callerSupplied(String regionCode, PolicyKind kind, P payload) {
        PolicyRef ref = PolicyRef.callerSupplied(regionCode, kind);
        revisionTags.add(regionCode + "/" + kind + "=caller");
        citations.put(ref.label(), new PolicyCitation(regionCode, kind, null, null, null, null, null, null, true));
        warnings.add(kind + " parameters were supplied by the caller (what-if), not taken from a published policy.");
        return SourcedPolicy.of(ref, payload);
    }

    public void warn(List<String> more) {
        warnings.addAll(more);
    }

    public List<PolicyCitation> policies() {
        return List.copyOf(citations.values());
    }

    public List<String> warnings() {
        return new ArrayList<>(warnings);
    }

    /** The recorded steps with {@code ?explain=true}; null otherwise, so compact answers leave it out. */
    public List<TraceStep> steps() {
        return trace instanceof RecordingTrace recording ? recording.steps() : null;
    }

    public String notice() {
        return NOTICE;
    }

    /** Each timeline used, as {@code 110000/CONTRIBUTION=7}. */
    public List<String> revisionTags() {
        return List.copyOf(revisionTags);
    }

    /** Header form: {@code 110000/CONTRIBUTION=7, 100000/PENSION=3}. */
    public String revisionHeader() {
        return String.join(", ", revisionTags);
    }

    /** The citations by version label, for answers that cite each policy once for many results. */
    public Map<String, PolicyCitation> citationsByVersion() {
        return Map.copyOf(citations);
    }

    public Response respond(Object answer) {
        Response.ResponseBuilder builder = Response.ok(answer);
        if (!revisionTags.isEmpty()) {
            builder.header(POLICY_REVISION_HEADER, revisionHeader());
        }
        return builder.build();
    }
}
