package org.shebao.policyservice.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.PolicyKind;

/**
 * The version of one kind that applies to a region on a date, and where it came from.
 *
 * @param resolvedRegionCode  the region whose policy applies: the region itself, or its province or the nation when
 *                            it has none of its own
 * @param status              {@code IN_FORCE}, or {@code PROVISIONAL} when an ended version is carried forward (as
 *                            calc-service does, whose answers on it are then provisional)
 * @param carriedForwardUntil for {@code PROVISIONAL}, the first day the version may no longer be carried forward
 */
@Schema(description = "The policy of one kind that applies to a region on a date: in force, or carried forward")
public record InForceView(@Schema(required = true) PolicyKind kind, @Schema(required = true) String resolvedRegionCode,
        @Schema(required = true) boolean inherited, @Schema(required = true) PolicyVersionView version,
        @Schema(required = true) CoverageView.Status status, LocalDate carriedForwardUntil) {
}
