package org.shebao.calcservice.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.contribution.ContributionResult;

/** 单位合计, 个人合计 and their sum; a side is null (unknown) when one of its amounts is. */
@Schema(description = "Employer, employee and total amounts")
public record Totals(BigDecimal employer, BigDecimal employee, BigDecimal total) {

    static Totals of(ContributionResult.Totals totals) {
        return new Totals(totals.employer(), totals.employee(), totals.total());
    }
}
