package org.shebao.policyservice.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.Region;

/**
 * A what-if preview of a CONTRIBUTION draft: sample wages for one month under the draft's payload and under what is
 * published.
 *
 * @param payload the draft's CONTRIBUTION payload, sent to calc-service as {@code policyOverride}
 */
@Schema(description = "What-if preview of a CONTRIBUTION payload")
public record PreviewRequest(
        @NotNull @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "110000") String regionCode,
        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month YYYY-MM")
        @Schema(examples = "2031-07", pattern = "^\\d{4}-(0[1-9]|1[0-2])$") String month,
        @NotNull @Schema(description = "A CONTRIBUTION payload, as in a draft") JsonNode payload) {
}
