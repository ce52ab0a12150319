package org.shebao.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.shebao.contract.payload.AgeCredit;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.InpatientRule.BandsMeasure;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.ResidentMedicalPolicy;

/** The 省内, annual-band, 大额补助, 个人账户, outpatient-level and continuity fields read from JSON and are checked. */
class MedicalSchemaAdditionsTest {

    private final ObjectMapper mapper = PolicyJson.newMapper();
    private static Map<String, String> violations(Object value) {
        return Violations.of(value);
    }

    @Test
    void theNewFieldsAreReadAndAConsistentPolicyHasNoViolations() throws Exception {
        MedicalBenefitPolicy policy = mapper.readValue("""
                {"schedules": [{"scheme": "EMPLOYEE", "memberStatus": "RETIRED",
                  "inpatient": {"levels": [{"hospitalLevel": 3, "deductibleFirstAdmission": 1300,
                     "bands": [{"from": 0, "rate": 0.85}, {"from": 30000, "rate": 0.9}]}],
                     "annualFundCap": 500000, "bandsMeasure": "ANNUAL_CUMULATIVE"},
                  "outpatient": {"annualDeductible": 1300, "rate": 0.7, "annualCap": 20000,
                     "levelRates": [{"hospitalLevel": 1, "rate": 0.9}]},
                  "largeExpense": {"threshold": null, "bands": [{"from": 0, "rate": 0.85}], "annualCap": 300000,
                     "note": "above the fund cap"},
                  "personalAccountMonthlyCredit": 150, "personalAccountNote": "定额划入"}],
                 "outOfArea": {"reductionPoints": {"REFERRAL": 0.05},
                   "withinProvinceReductionPoints": {"REFERRAL": 0.0, "TEMPORARY_OTHER": 0.1},
                   "withinProvinceSameAsLocal": false}}
                """, MedicalBenefitPolicy.class);

        assertThat(violations(policy)).isEmpty();
        var schedule = policy.schedules().get(0);
        assertThat(schedule.inpatient().measure()).isEqualTo(BandsMeasure.ANNUAL_CUMULATIVE);
        assertThat(schedule.outpatient().rateAt(1)).isEqualByComparingTo("0.9");
        assertThat(schedule.outpatient().rateAt(3)).isEqualByComparingTo("0.7");
        assertThat(schedule.largeExpense().threshold()).isNull();
        assertThat(policy.outOfArea().withinProvinceReductionPoints()).containsKeys(FilingType.REFERRAL,
                FilingType.TEMPORARY_OTHER);
    }

    @Test
    void contradictionsAreNamed() throws Exception {
        MedicalBenefitPolicy policy = mapper.readValue("""
                {"schedules": [{"scheme": "RESIDENT", "memberStatus": "IN_SERVICE",
                  "outpatient": {"annualDeductible": 0, "rate": 0.5, "annualCap": 2000,
                     "levelRates": [{"hospitalLevel": 1, "rate": 0.6}, {"hospitalLevel": 1, "rate": 0.7}]},
                  "largeExpense": {"bands": [{"from": 0, "rate": 0.8}]}, "personalAccountMonthlyCredit": 100}],
                 "outOfArea": {"withinProvinceReductionPoints": {"NONE": 0.1, "REFERRAL": 0.05},
                   "withinProvinceSameAsLocal": true}}
                """, MedicalBenefitPolicy.class);

        assertThat(violations(policy)).containsOnlyKeys(
                "schedules[0].outpatient.levelRates[1].hospitalLevel",
                "schedules[0].largeExpense", "schedules[0].personalAccountMonthlyCredit",
                "outOfArea.withinProvinceReductionPoints", "outOfArea.withinProvinceSameAsLocal");
    }

    @Test
    void retireesCreditsByAgeRiseAndStandInsteadOfOneAmount() throws Exception {
        String template = """
                {"schedules": [{"scheme": "EMPLOYEE", "memberStatus": "RETIRED", %s}]}
                """;
        MedicalBenefitPolicy byAge = mapper.readValue(template.formatted(
                "\"personalAccountCreditByAge\": [{\"fromAge\": 0, \"monthlyCredit\": 100},"
                        + " {\"fromAge\": 70, \"monthlyCredit\": 110}]"), MedicalBenefitPolicy.class);
        assertThat(violations(byAge)).isEmpty();
        assertThat(AgeCredit.forAge(byAge.schedules().get(0).personalAccountCreditByAge(), 69).orElseThrow()
                .monthlyCredit()).isEqualByComparingTo("100");
        assertThat(AgeCredit.forAge(byAge.schedules().get(0).personalAccountCreditByAge(), 70).orElseThrow()
                .monthlyCredit()).isEqualByComparingTo("110");

        MedicalBenefitPolicy wrong = mapper.readValue(template.formatted(
                "\"personalAccountMonthlyCredit\": 100, \"personalAccountCreditByAge\": [{\"fromAge\": 70,"
                        + " \"monthlyCredit\": 110}, {\"fromAge\": 60, \"monthlyCredit\": 100}]"),
                MedicalBenefitPolicy.class);
        assertThat(violations(wrong)).containsOnlyKeys("schedules[0].personalAccountCreditByAge",
                "schedules[0].personalAccountCreditByAge[1].fromAge");
        assertThat(AgeCredit.forAge(wrong.schedules().get(0).personalAccountCreditByAge(), 50)).isEmpty();
    }

    @Test
    void continuityRulesAreOptional() throws Exception {
        ResidentMedicalPolicy policy = mapper.readValue("""
                {"coverageYear": 2026, "fees": [{"categories": ["ADULT"], "label": "居民", "annualFee": 400}],
                 "minimumStandard": true,
                 "waitingPeriod": {"fixedMonths": 3, "monthsPerBrokenYear": 1, "monthsRemovedPerRepairedYear": 1,
                   "newbornExempt": true},
                 "continuity": {"switchWithoutWaitingMonths": 3, "minimumContinuousYears": 2,
                   "employeeGapGraceMonths": 3, "source": "国办发〔2024〕38号"}}
                """, ResidentMedicalPolicy.class);

        assertThat(violations(policy)).isEmpty();
        assertThat(policy.continuity().switchWithoutWaitingMonths()).isEqualTo(3);
        assertThat(mapper.readValue(mapper.writeValueAsString(policy), ResidentMedicalPolicy.class)).isEqualTo(policy);
    }
}
