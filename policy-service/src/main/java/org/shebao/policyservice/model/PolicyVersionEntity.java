package org.shebao.policyservice.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyKind;

/**
 * One version of a region's policy of one kind. Source and payload are kept as the JSON the contract defines; the
 * service layer reads and writes them through the contract's records.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public PolicyKind kind;

    public int version;

    @Enumerated(EnumType.STRING)
    public VersionStatus status;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "declared_effective_to")
    public LocalDate declaredEffectiveTo;

    /** The declared end, or the start of the later publication that ended this version. */
    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "ended_by_version_id")
    public Long endedByVersionId;

    @Enumerated(EnumType.STRING)
    public Confidence confidence;

    @JdbcTypeCode(SqlTypes.JSON)
    public String source;

    @Column(name = "last_reviewed")
    public LocalDate lastReviewed;

    public String note;

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    @Column(name = "change_set_id")
    public Long changeSetId;

    public String author;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public String reviewer;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_revision")
    public Long publishedRevision;

    @Column(name = "withdrawal_requested_by")
    public String withdrawalRequestedBy;

    @Column(name = "withdrawal_requested_at")
    public Instant withdrawalRequestedAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** The second person who confirmed the withdrawal. */
    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** Optimistic lock; also the entity tag of the version's representation. */
    @Version
    @Column(name = "row_version")
    public int rowVersion;
}
