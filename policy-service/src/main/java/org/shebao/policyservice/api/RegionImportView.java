package org.shebao.policyservice.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk region import did: regions created, changed, and found as they were (nothing published for those). */
@Schema(description = "Outcome of a bulk region import")
public record RegionImportView(@Schema(required = true) int created, @Schema(required = true) int updated,
        @Schema(required = true) int unchanged) {
}
