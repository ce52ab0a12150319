package org.shebao.calcservice.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The lines of a contribution batch's NDJSON answer: one per request line, then a summary. */
public final class BatchLines {

    private BatchLines() {
    }

    /** One line of the answer, told apart by its fields: {@code result}, {@code status}, or {@code lines}. */
    @Schema(name = "ContributionBatchLine", description = "One line of a batch's NDJSON answer: an answered line (has "
            + "`result`), a failed line (has `status`), or the summary that closes the answer (has `lines`)",
            oneOf = { Answered.class, Failed.class, Summary.class })
    public sealed interface Line permits Answered, Failed, Summary {
    }

    /**
     * An answered line: the same envelope as a single bill (result and status) without policies, trace and notice,
     * which the summary carries; the policies it used by revision tag.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ContributionBatchAnsweredLine", requiredProperties = { "line", "result", "complete", "unknown",
            "provisional", "projected", "caveats", "warnings", "policyRevisions" })
    public record Answered(@Schema(description = "The number of the request line, from 1") long line,
            @JsonUnwrapped Answer<ContributionAnswer> answer,
            @Schema(description = "The policy timelines this line used, as in the Policy-Revision header",
                    examples = "110000/CONTRIBUTION=3") List<String> policyRevisions) implements Line {
    }

    /** A line that could not be calculated, with the status a single request would have got. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ContributionBatchFailedLine", requiredProperties = { "line", "status", "detail" })
    public record Failed(long line, @Schema(description = "The status a single request would have got",
            examples = "404") int status, @Schema(description = "The field at fault, when one is") String field,
            String detail) implements Line {
    }

    /** The closing line: each policy used, cited once, with what must be said about its figures. */
    @Schema(name = "ContributionBatchSummaryLine", requiredProperties = { "lines", "failed", "policies", "warnings",
            "notice" })
    public record Summary(@Schema(description = "Request lines read") long lines,
            @Schema(description = "Of those, lines answered with a failure") long failed,
            List<PolicyCitation> policies, List<StatusItem> warnings, String notice) implements Line {
    }
}
