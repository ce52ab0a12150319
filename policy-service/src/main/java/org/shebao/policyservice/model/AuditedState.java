package org.shebao.policyservice.model;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;

import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.Region;
import org.shebao.contract.RegionLevel;

/**
 * The state of an audited entity before or after a change, as stored in {@code audit_entry.before} and
 * {@code .after}: a format of the audit log's own, tagged by {@code type}, so stored entries do not change shape when
 * the API's views do. The read path maps them to the views of the day.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AuditedState.Status.class, name = "status"),
        @JsonSubTypes.Type(value = AuditedState.End.class, name = "end"),
        @JsonSubTypes.Type(value = AuditedState.RegionState.class, name = "region"),
        @JsonSubTypes.Type(value = AuditedState.VersionState.class, name = "version") })
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface AuditedState {

    /** A workflow status, of a version or a change set. */
    record Status(String status) implements AuditedState {
    }

    /** Where a version's period now ends. */
    record End(LocalDate effectiveTo) implements AuditedState {
    }

    record RegionState(String code, String name, RegionLevel level, String parentCode,
            int socialInsuranceYearStartMonth) implements AuditedState {
    }

    /** A policy version: its columns, with source and payload as the JSON they are stored as. */
    record VersionState(long id, String regionCode, PolicyKind kind, int version, VersionStatus status,
            LocalDate effectiveFrom, LocalDate effectiveTo, LocalDate declaredEffectiveTo, Long endedByVersionId,
            Confidence confidence, JsonNode source, LocalDate lastReviewed, String note, JsonNode payload,
            Long changeSetId, String author, Instant createdAt, Instant updatedAt, Instant submittedAt,
            String reviewer, Instant reviewedAt, String rejectionReason, Instant publishedAt, Long publishedRevision,
            String withdrawalRequestedBy, Instant withdrawalRequestedAt, String withdrawalReason, String withdrawnBy,
            Instant withdrawnAt) implements AuditedState {
    }

    static Status status(Enum<?> status) {
        return new Status(status.name());
    }

    /** The region's state; {@code null} for none, as before a region is created. */
    static RegionState region(Region region) {
        return region == null ? null : new RegionState(region.code(), region.name(), region.level(),
                region.parentCode(), region.socialInsuranceYearStartMonth());
    }
}
