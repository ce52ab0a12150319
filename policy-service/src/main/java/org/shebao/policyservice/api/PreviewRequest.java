package org.shebao.policyservice.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.Region;

/**
 * A what-if preview of a draft: sample people in one month under the draft's payload and under what is published —
 * wages for CONTRIBUTION, a retiree for PENSION, a hospital stay for MEDICAL_BENEFIT.
 *
 * @param kind    the draft's kind; CONTRIBUTION when absent
 * @param payload the draft's payload, sent to calc-service as {@code policyOverride}
 */
@Schema(description = "What-if preview of a draft's payload")
public record PreviewRequest(
        PolicyKind kind,
        @NotNull @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "110000") String regionCode,
        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month YYYY-MM")
        @Schema(examples = "2031-07", pattern = "^\\d{4}-(0[1-9]|1[0-2])$") String month,
        @NotNull @Schema(description = "A payload of the kind, as in a draft") JsonNode payload) {

    public PolicyKind kindOrDefault() {
        return kind == null ? PolicyKind.CONTRIBUTION : kind;
    }
}
