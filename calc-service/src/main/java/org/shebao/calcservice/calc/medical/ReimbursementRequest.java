package org.shebao.calcservice.calc.medical;

import java.math.BigDecimal;

import org.shebao.contract.payload.AssistanceStatus;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.MemberStatus;
import org.shebao.contract.payload.Scheme;

/**
 * One claim (a stay in hospital or an outpatient bill) to be split between the fund, 大病保险 and the patient.
 *
 * @param sameRegion              the insured region is the region of treatment (no 异地就医)
 * @param hospitalLevel           1 = 一级/社区, 2 = 二级, 3 = 三级; required for inpatient care
 * @param admissionNumberThisYear 1 for the first admission of the year (its 起付线 may be higher); defaults to 1
 * @param costs                   the bill split by the treatment region's catalogue (就医地目录)
 * @param filing                  异地就医备案 held; ignored when sameRegion; defaults to NONE
 * @param fundPaidThisYear        what the fund already paid this year for this visit type (toward its annual cap);
 *                                for outpatient care a positive amount also means the annual deductible was met
 * @param personalBurdenThisYear  the compliant costs the patient already bore this year (toward 大病保险)
 * @param assistanceStatus        低保/特困 for easier 大病保险 terms; defaults to NONE
 */
public record ReimbursementRequest(
        Boolean sameRegion,
        Scheme scheme,
        MemberStatus memberStatus,
        Integer hospitalLevel,
        VisitType visitType,
        Integer admissionNumberThisYear,
        Costs costs,
        FilingType filing,
        BigDecimal fundPaidThisYear,
        BigDecimal personalBurdenThisYear,
        AssistanceStatus assistanceStatus) {

    /**
     * @param classA  甲类: fully within the policy's scope
     * @param classB  乙类: within scope after the 乙类先行自付 share
     * @param selfPay 丙类/自费: outside the scope
     */
    public record Costs(BigDecimal classA, BigDecimal classB, BigDecimal selfPay) {
    }
}
