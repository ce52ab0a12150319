package org.shebao.policyservice.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** One change: who, when, what, and the state before and after. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String entityType,
        String entityId, JsonNode before, JsonNode after, String detail) {
}
