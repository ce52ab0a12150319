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
        @Schema(description = "absent when NOTHING_TO_CHANGE") Long id,
        @Schema(required = true) String title,
        @Schema(required = true, enumeration = { "DRAFT", "SUBMITTED", "PUBLISHED", "REJECTED", "NOTHING_TO_CHANGE" })
        String status,
        @Schema(required = true) String createdBy,
        Instant createdAt,
        Instant submittedAt,
        String reviewedBy,
        Instant reviewedAt,
        String rejectionReason,
        @Schema(required = true) List<Item> items) {

    public static final String NOTHING_TO_CHANGE = "NOTHING_TO_CHANGE";

    @Schema(name = "ChangeSetItemOutcome")
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
    @Schema(name = "ChangeSetItem", description = "One imported item")
    public record Item(Integer index, @Schema(required = true) Outcome outcome, @Schema(required = true) long versionId,
            @Schema(required = true) String regionCode, @Schema(required = true) PolicyKind kind,
            @Schema(required = true) int version, @Schema(required = true) LocalDate effectiveFrom) {
    }
}
