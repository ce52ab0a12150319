package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.contribution.AdjustmentResult;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;

/** What is owed per month and line (positive: to pay; negative: overpaid). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Contribution adjustment (补差) answer")
public record AdjustmentAnswer(
        String regionCode,
        ParticipantType participantType,
        List<Month> months,
        Totals totals) {

    /** @param owed this month's owed amounts over its lines */
    @Schema(name = "AdjustmentMonth")
    public record Month(@Schema(type = SchemaType.STRING, examples = "2025-07") YearMonth month, List<Line> lines,
            Totals owed) {
    }

    /** Paid, due under the version in force now, and owed = due − paid, per side; null means unknown. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AdjustmentLine")
    public record Line(InsuranceType insurance, String label, BigDecimal employerPaid, BigDecimal employeePaid,
            BigDecimal employerDue, BigDecimal employeeDue, BigDecimal employerOwed, BigDecimal employeeOwed) {
    }

    public static AdjustmentAnswer of(AdjustmentQuery query, AdjustmentResult result) {
        return new AdjustmentAnswer(query.regionCode(), query.participantType(),
                result.months().stream().map(m -> new Month(m.month(), m.lines().stream().map(l -> new Line(
                        l.insurance(), l.label(), l.employerPaid(), l.employeePaid(), l.employerDue(), l.employeeDue(),
                        l.employerOwed(), l.employeeOwed())).toList(), new Totals(m.owed().employer(),
                                m.owed().employee(), m.owed().total()))).toList(),
                Totals.of(result.totals()));
    }
}
