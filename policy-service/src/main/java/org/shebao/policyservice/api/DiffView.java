package org.shebao.policyservice.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What changed from one version to another: every leaf that differs, by JSON path (e.g.
 * {@code /payload/participants/EMPLOYEE/base/floor}), with its value before and after (absent when added or removed).
 */
public record DiffView(long fromId, int fromVersion, long toId, int toVersion, List<Change> changes) {

    public record Change(String path, JsonNode before, JsonNode after) {
    }
}
