package org.shebao.policyservice.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.PolicyKind;

/**
 * A change set and its items. {@code id} is absent and {@code status} is NOTHING_TO_CHANGE when an import found every
 * item already published.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A change set")
public record ChangeSetView(
        Long id,
        String title,
        @Schema(enumeration = { "DRAFT", "SUBMITTED", "PUBLISHED", "REJECTED", "NOTHING_TO_CHANGE" }) String status,
        String createdBy,
        Instant createdAt,
        Instant submittedAt,
        String reviewedBy,
        Instant reviewedAt,
        String rejectionReason,
        List<Item> items) {

    public static final String NOTHING_TO_CHANGE = "NOTHING_TO_CHANGE";

    public enum Outcome {
        CREATED,
        UNCHANGED
    }

    /**
     * One imported item: the draft created for it, or the published version it is identical to.
     *
     * @param index position in the import request; given in the import's answer only (a change set holds the drafts it
     *              created, so later reads list those, without index)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(Integer index, Outcome outcome, long versionId, String regionCode, PolicyKind kind, int version,
            LocalDate effectiveFrom) {
    }
}
