package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.retirement.CategoryResolution;
import org.shebao.calcservice.calc.retirement.RetirementAgeResult;
import org.shebao.calcservice.calc.retirement.RetirementCategory;

/**
 * Statutory retirement under the 2024 NPC decision. National law, not a regional policy: {@code legalBasis} cites the
 * decision, and the envelope's {@code policies} is empty unless the category was mapped from gender and position
 * ({@code categoryMapping}, citing the version that maps it). {@code flexible} is left out for a retirement before the
 * reform, which had no window.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Retirement age answer")
public record RetirementAgeAnswer(
        @Schema(type = SchemaType.STRING, examples = "1965-05") YearMonth birthMonth,
        RetirementCategory category,
        CategoryMapping categoryMapping,
        int originalAge,
        int delayMonths,
        Age statutoryAge,
        @Schema(type = SchemaType.STRING, examples = "2025-07") YearMonth retirementMonth,
        BigDecimal minimumContributionYears,
        FlexibleWindow flexible,
        String legalBasis) {

    /** An age in whole years and months (60岁2个月). */
    public record Age(int years, int months) {
    }

    /** 弹性退休: earliest and latest month, and the minimum years needed to retire at the earliest. */
    public record FlexibleWindow(@Schema(type = SchemaType.STRING) YearMonth earliestMonth,
            @Schema(type = SchemaType.STRING) YearMonth latestMonth,
            BigDecimal earliestMonthMinimumContributionYears) {
    }

    public static RetirementAgeAnswer of(YearMonth birthMonth, CategoryResolution.Resolved category,
            RetirementAgeResult result) {
        RetirementAgeResult.FlexibleWindow window = result.flexible();
        return new RetirementAgeAnswer(birthMonth, category.category(), CategoryMapping.of(category),
                result.originalAge(), result.delayMonths(),
                new Age(result.statutoryAge().years(), result.statutoryAge().months()), result.retirementMonth(),
                result.minimumContributionYears(), window == null ? null : new FlexibleWindow(window.earliestMonth(),
                        window.latestMonth(), window.earliestMonthMinimumContributionYears()),
                result.legalBasis());
    }
}
