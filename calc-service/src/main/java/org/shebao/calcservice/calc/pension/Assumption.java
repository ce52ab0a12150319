package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;

/**
 * A figure an estimate assumes rather than reads from a policy or the record, listed in the answer.
 *
 * @param name  the request field or figure it stands for ({@code baseGrowthRate}, {@code annualWageGrowth})
 * @param value the figure, a decimal rate unless the name says otherwise
 * @param basis where it comes from: "request", or how it was read off the data
 */
public record Assumption(String name, BigDecimal value, String basis) {

    public static Assumption requested(String name, BigDecimal value, String meaning) {
        return new Assumption(name, value, "request: " + meaning);
    }
}
