package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.contribution.AdjustmentRequest;
import org.shebao.contract.Region;
import org.shebao.contract.payload.ParticipantType;

/**
 * 补差: months already paid, and what was paid — as amounts per line, or as the version they were billed under.
 * The answer is what is owed under the versions in force now for those months.
 */
@Schema(description = "Contribution adjustment (补差) request")
public record AdjustmentQuery(
        @NotNull @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "110000") String regionCode,
        @Schema(examples = "EMPLOYEE", required = true) ParticipantType participantType,
        BigDecimal workInjuryRate,
        @NotEmpty @Size(max = 120) List<@NotNull @Valid Month> months) {

    /**
     * @param paid             what was paid per line; or else
     * @param paidUnderVersion the version number of the region's CONTRIBUTION policy the month was billed under
     */
    @Schema(name = "AdjustmentQueryMonth", description = "One month and what was paid for it, stated in exactly one "
            + "way: `paid` or `paidUnderVersion` (both is a 400 naming the two; an empty `paid` beside `paidUnderVersion`, as "
            + "clients generated with default options send it, states nothing)")
    public record Month(
            @Schema(type = SchemaType.STRING, examples = "2025-07", required = true) YearMonth month,
            @Schema(examples = "7000") BigDecimal wage,
            @Schema(description = "What was paid per line (a line not listed counts as 0 paid); exclusive with "
                    + "`paidUnderVersion` (an empty list beside the version is ignored)")
            List<AdjustmentRequest.@NotNull PaidLine> paid,
            @Schema(description = "The CONTRIBUTION version the month was billed under; exclusive with `paid`",
                    examples = "1") @Positive Integer paidUnderVersion) {

        /**
         * What the month states was paid per line; null when it states the version instead. Clients generated with
         * default options send every list, so an empty {@code paid} beside the version says nothing.
         */
        public List<AdjustmentRequest.PaidLine> statedPaid() {
            return paid != null && paid.isEmpty() && paidUnderVersion != null ? null : paid;
        }
    }

    public AdjustmentRequest toRequest() {
        return new AdjustmentRequest(participantType, workInjuryRate,
                months.stream().map(m -> new AdjustmentRequest.Month(m.month(), m.wage(), m.statedPaid())).toList());
    }
}
