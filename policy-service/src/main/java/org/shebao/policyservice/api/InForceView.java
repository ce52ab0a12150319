package org.shebao.policyservice.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.PolicyKind;

/**
 * The version of one kind in force for a region on a date, and where it came from.
 *
 * @param resolvedRegionCode the region whose policy applies: the region itself, or its province or the nation when
 *                           it has none of its own
 */
@Schema(description = "The policy of one kind in force for a region on a date")
public record InForceView(@Schema(required = true) PolicyKind kind, @Schema(required = true) String resolvedRegionCode,
        @Schema(required = true) boolean inherited, @Schema(required = true) PolicyVersionView version) {
}
