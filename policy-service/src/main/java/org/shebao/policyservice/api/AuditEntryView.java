package org.shebao.policyservice.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change: who, when, what, and the state before and after. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One audited change")
public record AuditEntryView(@Schema(required = true) long id, @Schema(required = true) Instant occurredAt,
        @Schema(required = true) String actor, @Schema(required = true, examples = "PUBLISHED") String action,
        @Schema(required = true, enumeration = { "REGION", "POLICY_VERSION", "CHANGE_SET" }) String entityType,
        @Schema(required = true) String entityId,
        @Schema(description = "The state before: a status, an end date, a region or a version; absent for a creation")
        JsonNode before,
        @Schema(description = "The state after: a status, an end date, a region or a version") JsonNode after,
        String detail) {
}
