package org.shebao.policyservice.api;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicySource;
import org.shebao.contract.payload.PolicyPayload;
import org.shebao.policyservice.model.VersionStatus;

/**
 * A policy version with its workflow state.
 *
 * @param effectiveTo         end of the period in force: the declared end, or where a later publication took over
 * @param declaredEffectiveTo the end as written by the operator
 * @param endedByVersionId    the version whose publication ended this one early, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A policy version")
public record PolicyVersionView(
        @Schema(required = true) long id,
        @Schema(required = true) String regionCode,
        @Schema(required = true) PolicyKind kind,
        @Schema(required = true) int version,
        @Schema(required = true) VersionStatus status,
        @Schema(required = true) LocalDate effectiveFrom,
        LocalDate effectiveTo,
        LocalDate declaredEffectiveTo,
        Long endedByVersionId,
        @Schema(required = true) Confidence confidence,
        @Schema(required = true) PolicySource source,
        LocalDate lastReviewed,
        String note,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "kind", visible = true)
        @Schema(required = true) PolicyPayload payload,
        Long changeSetId,
        @Schema(required = true) String author,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        Instant submittedAt,
        String reviewer,
        Instant reviewedAt,
        String rejectionReason,
        Instant publishedAt,
        Long publishedRevision,
        WithdrawalRequest withdrawalRequest) {

    /**
     * A request to withdraw a scheduled version, and once another approver confirmed it, who and when.
     */
    public record WithdrawalRequest(@Schema(required = true) String requestedBy,
            @Schema(required = true) Instant requestedAt, @Schema(required = true) String reason, String confirmedBy,
            Instant confirmedAt) {
    }
}
