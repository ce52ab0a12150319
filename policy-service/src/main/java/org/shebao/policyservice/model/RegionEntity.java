package org.shebao.policyservice.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.shebao.contract.Region;
import org.shebao.contract.RegionLevel;

@Entity
@Table(name = "region")
public class RegionEntity {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public RegionLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    /** Month the social-insurance year (社保年度) starts. */
    @Column(name = "si_year_start_month")
    public int socialInsuranceYearStartMonth;

    /** Grows with every change; carried in the region's events. */
    public long revision;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public Region toRegion() {
        return new Region(code, name, level, parentCode, socialInsuranceYearStartMonth);
    }
}
