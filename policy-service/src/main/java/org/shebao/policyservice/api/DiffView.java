package org.shebao.policyservice.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed from one version to another: every leaf that differs, by JSON path (e.g.
 * {@code /payload/participants/EMPLOYEE/base/floor}), with its value before and after (absent when added or removed).
 */
@Schema(description = "The leaves that differ between two versions")
public record DiffView(@Schema(required = true) long fromId, @Schema(required = true) int fromVersion,
        @Schema(required = true) long toId, @Schema(required = true) int toVersion,
        @Schema(required = true) List<Change> changes) {

    @Schema(name = "DiffChange", description = "One leaf: its value before and after, null where absent")
    public record Change(@Schema(required = true, examples = "/payload/participants/EMPLOYEE/base/floor") String path,
            @Schema(description = "Any JSON value; null when the leaf was added") JsonNode before,
            @Schema(description = "Any JSON value; null when the leaf was removed") JsonNode after) {
    }
}
