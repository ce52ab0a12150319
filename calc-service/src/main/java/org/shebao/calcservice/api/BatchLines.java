package org.shebao.calcservice.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The lines of a contribution batch's NDJSON answer: one per request line, then a summary. */
public final class BatchLines {

    private BatchLines() {
    }

    /**
     * An answered line: the same envelope as a single bill (result and status) without policies, trace and notice,
     * which the summary carries; the policies it used by revision tag.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answered(long line, @JsonUnwrapped Answer<ContributionAnswer> answer,
            List<String> policyRevisions) {
    }

    /** A line that could not be calculated, with the status a single request would have got. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failed(long line, int status, String field, String detail) {
    }

    /** The closing line: each policy used, cited once, with what must be said about its figures. */
    public record Summary(long lines, long failed, List<PolicyCitation> policies, List<StatusItem> warnings,
            String notice) {
    }
}
