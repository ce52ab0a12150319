package org.shebao.policyservice.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.RegionLevel;

/**
 * Which published policy serves whom on a date.
 *
 * @param regions every region with published versions of its own: per kind it has, how its own versions serve it
 * @param areas   every 统筹区 (prefecture-level city, and a province without cities such as a 直辖市): per kind, the
 *                version that answers for it, its own or an ancestor's
 */
@Schema(description = "Coverage on a date: in force, provisional (carried forward) or missing")
public record CoverageView(@Schema(required = true) LocalDate date, @Schema(required = true) List<Region> regions,
        @Schema(required = true) List<Region> areas) {

    /** How a (region, kind) is served on the date. */
    @Schema(name = "CoverageStatus")
    public enum Status {
        /** A version is in force. */
        IN_FORCE,
        /** An ended version carried forward under the national CARRY_FORWARD policy: answers are provisional. */
        PROVISIONAL,
        /** Nothing applies and nothing may be carried forward: answers fail. */
        MISSING
    }

    /** A region and how each kind is served. */
    @Schema(name = "CoverageRegion", description = "A region and how each kind is served")
    public record Region(@Schema(required = true) String regionCode, @Schema(required = true) String name,
            @Schema(required = true) RegionLevel level, @Schema(required = true) List<Kind> kinds) {
    }

    /**
     * How one kind is served.
     *
     * @param resolvedRegionCode  the region whose version serves; null when missing
     * @param inherited           whether that is an ancestor's version
     * @param effectiveTo         first day the version no longer applies (exclusive); null while open-ended
     * @param carriedForwardUntil for {@code PROVISIONAL}, the first day the version may no longer be carried forward
     */
    @Schema(name = "CoverageKind", description = "How one kind of policy is served")
    public record Kind(@Schema(required = true) PolicyKind kind, @Schema(required = true) Status status,
            String resolvedRegionCode, @Schema(required = true) boolean inherited, Integer version,
            LocalDate effectiveFrom, LocalDate effectiveTo, LocalDate carriedForwardUntil) {
    }
}
