package org.shebao.calcservice.rest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestResponse;
import org.shebao.calcservice.api.Answer;
import org.shebao.calcservice.api.PolicyCitation;
import org.shebao.calcservice.api.StatusItem;
import org.shebao.calcservice.api.TraceEntry;
import org.shebao.calcservice.api.UnknownFigure;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.TraceStep;
import org.shebao.calcservice.service.Outcome;
import org.shebao.calcservice.service.UsedPolicy;
import org.shebao.contract.PolicySource;
import org.shebao.contract.PublishedPolicy;

/**
 * Builds every calculation answer: the envelope ({@link Answer}) around the endpoint's answer record, and the HTTP
 * response with its {@code Policy-Revision} header. The one place that turns a service's {@link Outcome} into JSON.
 */
final class Answers {

    static final String POLICY_REVISION_HEADER = "Policy-Revision";
    static final String NOTICE = "估算结果，仅供参考；实际以经办机构核定为准。Estimate only: actual amounts are "
            + "settled by the social-insurance and medical-insurance agencies.";

    private Answers() {
    }

    /** The 200 answer of a calculation, its result shaped by {@code shape}. */
    static <R, A> RestResponse<Answer<A>> respond(Outcome<R> outcome, Function<R, A> shape) {
        RestResponse.ResponseBuilder<Answer<A>> response = RestResponse.ResponseBuilder.ok(answer(outcome, shape));
        if (!outcome.policies().isEmpty()) {
            response.header(POLICY_REVISION_HEADER, String.join(", ", revisionTags(outcome)));
        }
        return response.build();
    }

    private static <R, A> Answer<A> answer(Outcome<R> outcome, Function<R, A> shape) {
        return new Answer<>(shape.apply(outcome.result()), unknown(outcome), outcome.provisional(), outcome.projected(),
                items(outcome.findings(), StatusCode.Kind.CAVEAT), items(outcome.findings(), StatusCode.Kind.WARNING),
                outcome.policies().stream().map(Answers::citation).toList(),
                outcome.trace() == null ? null : outcome.trace().stream().map(Answers::entry).toList(), NOTICE);
    }

    /**
     * The status of one line of a batch: the calculation's own caveats and warnings; those about the policies are said
     * once, in the summary, next to the policies.
     */
    static <R, A> Answer<A> batchLine(Outcome<R> outcome, Function<R, A> shape) {
        List<Finding> own = outcome.findings().stream().filter(f -> !isAboutPolicy(f)).toList();
        return new Answer<>(shape.apply(outcome.result()), unknown(outcome), outcome.provisional(), outcome.projected(),
                items(own, StatusCode.Kind.CAVEAT), items(own, StatusCode.Kind.WARNING), null, null, null);
    }

    /** What a batch's summary says about the policies one line used, by version label. */
    static Map<String, PolicyCitation> citations(Outcome<?> outcome) {
        return outcome.policies().stream().collect(Collectors.toMap(p -> p.ref().label(), Answers::citation,
                (a, b) -> a, LinkedHashMap::new));
    }

    /** The findings about the policies of an outcome, for a batch's summary (their field names no line's policy). */
    static List<StatusItem> policyWarnings(Outcome<?> outcome) {
        return outcome.findings().stream().filter(Answers::isAboutPolicy)
                .map(f -> new StatusItem(f.code(), null, f.zh(), f.en())).toList();
    }

    static List<String> revisionTags(Outcome<?> outcome) {
        Set<String> tags = new LinkedHashSet<>();
        outcome.policies().forEach(p -> tags.add(p.revisionTag()));
        return List.copyOf(tags);
    }

    private static boolean isAboutPolicy(Finding finding) {
        return finding.field() != null && finding.field().startsWith("policies[");
    }

    private static List<UnknownFigure> unknown(Outcome<?> outcome) {
        return outcome.unknown().stream().map(u -> new UnknownFigure(u.field(), u.reason())).toList();
    }

    private static List<StatusItem> items(List<Finding> findings, StatusCode.Kind kind) {
        return findings.stream().filter(f -> f.code().kind() == kind)
                .map(f -> new StatusItem(f.code(), f.field(), f.zh(), f.en())).toList();
    }

    private static PolicyCitation citation(UsedPolicy used) {
        if (used.isCallerSupplied()) {
            return new PolicyCitation(used.ref().regionCode(), used.ref().kind(), null, null, null, null, null, null,
                    null, true);
        }
        PublishedPolicy policy = used.published();
        PolicySource source = policy.source();
        return new PolicyCitation(policy.regionCode(), policy.kind(), policy.version(), used.revision(),
                policy.effectiveFrom(), policy.effectiveTo(), policy.confidence(), source == null ? null
                        : new PolicyCitation.Source(source.documentNumber(), source.title(), source.url(),
                                source.publishedOn()),
                caveats(policy), null);
    }

    private static List<String> caveats(PublishedPolicy policy) {
        List<String> caveats = policy.payload().caveats();
        return caveats == null || caveats.isEmpty() ? null : caveats;
    }

    private static TraceEntry entry(TraceStep step) {
        Map<String, TraceEntry.Input> inputs = new LinkedHashMap<>();
        step.inputs().forEach((name, input) -> inputs.put(name, new TraceEntry.Input(input.value(), input.source(),
                input.policyVersion())));
        return new TraceEntry(step.step(), step.formula(), inputs, step.result());
    }
}
