package org.shebao.policyservice.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicySource;
import org.shebao.contract.Region;
import org.shebao.contract.payload.PolicyPayload;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * A policy version as an operator writes it. The payload's type follows {@code kind}.
 *
 * @param effectiveTo first day the version no longer applies; omit for open-ended
 */
@Consistent
@Schema(description = "A draft policy version")
public record DraftRequest(
        @NotNull @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "110000") String regionCode,
        @NotNull PolicyKind kind,
        @NotNull @Schema(examples = "2025-07-01") LocalDate effectiveFrom,
        @Schema(examples = "2026-07-01") LocalDate effectiveTo,
        @NotNull Confidence confidence,
        @NotNull @Valid PolicySource source,
        LocalDate lastReviewed,
        @Size(max = 4000) String note,
        @NotNull @Valid
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "kind", visible = true)
        PolicyPayload payload) implements ConsistencyChecked {

    @Override
    public void checkConsistency(Inconsistencies found) {
        if (effectiveFrom != null && effectiveTo != null) {
            found.require(effectiveTo.isAfter(effectiveFrom), "effectiveTo", "must be after effectiveFrom");
        }
        if (confidence == null || source == null) {
            return;
        }
        if (confidence == Confidence.ESTIMATE) {
            found.require(hasText(source.derivation()), "source.derivation", "an ESTIMATE must say how it was derived");
        } else {
            found.require(hasText(source.quote()), "source.quote",
                    "an " + confidence + " version must quote its source verbatim");
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
