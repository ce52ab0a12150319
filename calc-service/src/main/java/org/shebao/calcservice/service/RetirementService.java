package org.shebao.calcservice.service;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.calc.InputChecks;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.retirement.RetirementAgeCalculator;
import org.shebao.calcservice.calc.retirement.RetirementAgeResult;
import org.shebao.calcservice.calc.retirement.RetirementCategory;

/**
 * 法定退休年龄 of a person: national law, no regional policy. Also the one place that says which birth months can be
 * asked about, for the retirement age and for pensions alike.
 */
@ApplicationScoped
public class RetirementService {

    @Inject
    Clock clock;

    public Outcome<RetirementAgeResult> retirementAge(YearMonth birthMonth, RetirementCategory category,
            boolean explain) {
        checkBirthMonth(InputChecks.required("birthMonth", birthMonth));
        Usage usage = new Usage(explain);
        RetirementAgeResult result = RetirementAgeCalculator.calculate(birthMonth,
                InputChecks.required("category", category), usage.trace());
        return usage.outcome(result, Status.Report.EMPTY);
    }

    /** The statutory retirement month, e.g. the default retirement month of a pension estimate. */
    public YearMonth statutoryMonth(YearMonth birthMonth, RetirementCategory category) {
        return RetirementAgeCalculator.calculate(InputChecks.required("birthMonth", birthMonth),
                InputChecks.required("category", category)).retirementMonth();
    }

    /** Nobody is born after this month. A missing birth month is left to the calculation that needs it. */
    public void checkBirthMonth(YearMonth birthMonth) {
        if (birthMonth != null && birthMonth.isAfter(YearMonth.now(clock))) {
            throw new InvalidInputException("birthMonth", "must not be in the future");
        }
    }
}
