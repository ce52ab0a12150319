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
        long id,
        String regionCode,
        PolicyKind kind,
        int version,
        VersionStatus status,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        LocalDate declaredEffectiveTo,
        Long endedByVersionId,
        Confidence confidence,
        PolicySource source,
        LocalDate lastReviewed,
        String note,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "kind", visible = true)
        PolicyPayload payload,
        Long changeSetId,
        String author,
        Instant createdAt,
        Instant updatedAt,
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
    public record WithdrawalRequest(String requestedBy, Instant requestedAt, String reason, String confirmedBy,
            Instant confirmedAt) {
    }
}
