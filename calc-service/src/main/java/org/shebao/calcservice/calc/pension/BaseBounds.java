package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;

import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.contract.payload.BaseRange;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionSchedule;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;

/**
 * 缴费基数上下限 of an employee's 养老保险 today, from the CONTRIBUTION version in force (or carried forward): a wage is
 * credited within them.
 */
public record BaseBounds(BigDecimal floor, BigDecimal ceiling, PolicyRef policy) {

    /** The bounds of the employee 养老保险 line; null when the version has no employee schedule. */
    public static BaseBounds of(SourcedPolicy<ContributionPolicy> contribution) {
        ContributionSchedule schedule = contribution.payload().participants().get(ParticipantType.EMPLOYEE);
        if (schedule == null) {
            return null;
        }
        BaseRange range = schedule.lines().stream()
                .filter(line -> line.insurance() == InsuranceType.PENSION)
                .findFirst()
                .map(schedule::baseFor)
                .orElse(schedule.base());
        return range == null ? null : new BaseBounds(range.floor(), range.ceiling(), contribution.ref());
    }

    /** The wage within the bounds, both scaled by {@code factor} (their growth since today). */
    BigDecimal clamp(BigDecimal wage, BigDecimal factor) {
        BigDecimal low = floor.multiply(factor);
        BigDecimal high = ceiling.multiply(factor);
        return wage.max(low).min(high);
    }
}
