package org.shebao.calcservice.calc.medical;

import java.util.List;

import org.shebao.contract.payload.ResidentCategory;

/**
 * A 城乡居民医保 enrolment to be priced, and the enrolment history that decides the waiting period.
 *
 * @param coverageYear     the year whose benefits are bought (待遇年度)
 * @param members          who enrols, by fee category
 * @param enrolledInWindow enrolled within the 集中参保期
 * @param brokenYears      years of broken coverage before this enrolment (断保年数); 0 when absent
 * @param repairedYears    years paid to repair the break; 0 when absent
 * @param newborn          enrolment of a newborn
 * @param schemeSwitch     the person comes from 职工医保 (a switch between the schemes); null when not
 */
public record ResidentQuoteRequest(
        Integer coverageYear,
        List<Member> members,
        Boolean enrolledInWindow,
        Integer brokenYears,
        Integer repairedYears,
        Boolean newborn,
        SchemeSwitch schemeSwitch) {

    /**
     * A switch from the other basic scheme (职工医保 ↔ 居民医保).
     *
     * @param continuousYears years of continuous basic medical cover before the switch
     * @param gapMonths       months without cover between the old scheme's end and this enrolment's payment
     */
    public record SchemeSwitch(Integer continuousYears, Integer gapMonths) {
    }

    /** @param count how many members of that category (&ge; 1) */
    public record Member(ResidentCategory category, Integer count) {
    }
}
