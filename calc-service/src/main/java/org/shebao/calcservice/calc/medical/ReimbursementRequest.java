package org.shebao.calcservice.calc.medical;

import java.math.BigDecimal;

import org.shebao.contract.CareScope;
import org.shebao.contract.payload.AssistanceStatus;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.MemberStatus;
import org.shebao.contract.payload.Scheme;

/**
 * One claim (a stay in hospital or an outpatient bill) to be split between the fund, 大额补助, 大病保险 and the patient.
 *
 * @param scope                   where the care happens relative to the insured 统筹区
 * @param hospitalLevel           1 = 一级/社区, 2 = 二级, 3 = 三级; required for inpatient care, optional for outpatient
 * @param admissionNumberThisYear 1 for the first admission of the year (its 起付线 may be higher); defaults to 1
 * @param costs                   the bill split by the treatment region's catalogue (就医地目录)
 * @param filing                  异地就医备案 held; ignored for local care; defaults to NONE
 * @param yearToDate              what happened earlier this year, before this claim; null when nothing is known
 * @param assistanceStatus        低保/特困 for easier 大病保险 terms; defaults to NONE
 */
public record ReimbursementRequest(
        CareScope scope,
        Scheme scheme,
        MemberStatus memberStatus,
        Integer hospitalLevel,
        VisitType visitType,
        Integer admissionNumberThisYear,
        Costs costs,
        FilingType filing,
        YearToDate yearToDate,
        AssistanceStatus assistanceStatus) {

    /**
     * @param classA  甲类: fully within the policy's scope
     * @param classB  乙类: within scope after the 乙类先行自付 share
     * @param selfPay 丙类/自费: outside the scope
     * @param total   the bill's total, where the caller states it: it must be the sum of the three
     */
    public record Costs(BigDecimal classA, BigDecimal classB, BigDecimal selfPay, BigDecimal total) {

        public Costs(BigDecimal classA, BigDecimal classB, BigDecimal selfPay) {
            this(classA, classB, selfPay, null);
        }
    }

    /**
     * The annual position before this claim, for this visit type; every part may be null (unknown, taken as 0).
     *
     * @param eligibleCost        政策范围内费用 already incurred this year (places the claim in annual bands, uses up an
     *                            outpatient deductible, reaches a 大额补助 threshold)
     * @param fundPaid            what the fund already paid this year (toward its annual cap)
     * @param largeExpensePaid    what 大额补助 already paid this year (toward its annual cap)
     * @param personalBurden      the compliant costs the patient already bore this year (toward 大病保险)
     * @param seriousIllnessPaid  what 大病保险 already paid this year (toward its annual cap)
     */
    public record YearToDate(BigDecimal eligibleCost, BigDecimal fundPaid, BigDecimal largeExpensePaid,
            BigDecimal personalBurden, BigDecimal seriousIllnessPaid) {

        public static final YearToDate NONE = new YearToDate(null, null, null, null, null);
    }
}
