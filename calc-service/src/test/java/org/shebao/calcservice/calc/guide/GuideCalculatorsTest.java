package org.shebao.calcservice.calc.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.guide.OutOfAreaGuide.RatioBasis;
import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.CareScope;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.GuideProcedure;
import org.shebao.contract.payload.GuideProcedure.Citation;
import org.shebao.contract.payload.GuideProcedure.Material;
import org.shebao.contract.payload.GuideProcedure.Term;
import org.shebao.contract.payload.OutOfAreaRule;
import org.shebao.contract.payload.OutOfAreaSituation;
import org.shebao.contract.payload.ProcedureType;

/** Regional before national, variant by variant; 省内 care never gets the 跨省 procedure or maxima. */
class GuideCalculatorsTest {

    private static final Citation NATIONAL_ART = new Citation("N8", "医保发〔2022〕22号", "通知", "第8条", null,
            "长期居住认定材料或个人承诺书", Confidence.THIRD_PARTY);
    private static final Citation CITY_NOTICE = new Citation("C1", null, "某市医保局办事指南", null, null,
            "异地安置退休人员提供户籍证明", Confidence.OFFICIAL);

    private static GuideProcedure filing(FilingType type, OutOfAreaSituation situation, List<CareScope> scopes,
            Citation citation, String material) {
        return new GuideProcedure(ProcedureType.OUT_OF_AREA_FILING, null, type, "备案 " + material,
                List.of(new Material(material, true, null, null, citation.key())), List.of("国家医保服务平台APP"), null,
                null, situation, null, null, scopes, new Term(true, null, "备案后直接结算", citation.key()),
                new Term(true, null, "出院结算前补办仍可直接结算", citation.key()), null, null, citation.key(),
                List.of(citation));
    }

    private static final GuideVersion NATIONAL = new GuideVersion(new PolicyRef("100000", PolicyKind.GUIDE, 2),
            new GuidePolicy(List.of(
                    filing(FilingType.LONG_TERM_RESIDENCE, null, List.of(CareScope.CROSS_PROVINCE), NATIONAL_ART,
                            "长期居住认定材料"),
                    filing(FilingType.REFERRAL, null, List.of(CareScope.CROSS_PROVINCE), NATIONAL_ART, "转诊证明"))),
            null);
    private static final GuideVersion CITY = new GuideVersion(new PolicyRef("440100", PolicyKind.GUIDE, 1),
            new GuidePolicy(List.of(filing(FilingType.LONG_TERM_RESIDENCE, OutOfAreaSituation.RETIREE_RESETTLEMENT,
                    null, CITY_NOTICE, "户籍证明"))), null);

    private static OutOfAreaGuideCalculator.Request request(OutOfAreaSituation situation, CareScope scope) {
        return new OutOfAreaGuideCalculator.Request("440100", "310000", situation, LocalDate.of(2026, 11, 30), scope,
                "440100", "310000");
    }

    private static BenefitTerms nationalMaxima() {
        return new BenefitTerms(new PolicyRef("100000", PolicyKind.MEDICAL_BENEFIT, 1), new OutOfAreaRule(null,
                Map.of(FilingType.REFERRAL, new BigDecimal("0.10"), FilingType.TEMPORARY_OTHER, new BigDecimal("0.20")),
                null, null, null), new Cited("100000/MEDICAL_BENEFIT v1", "医保发〔2022〕22号", "通知", null, null, "降幅不超过10个百分点",
                Confidence.THIRD_PARTY));
    }

    @Test
    void aSituationOwnRegionalProcedureComesBeforeTheNationalOneAndSaysRegional() {
        OutOfAreaGuide guide = OutOfAreaGuideCalculator.calculate(
                request(OutOfAreaSituation.RETIREE_RESETTLEMENT, CareScope.CROSS_PROVINCE), List.of(CITY, NATIONAL),
                null, nationalMaxima());
        assertThat(guide.filing().source()).isEqualTo(GuideSource.REGIONAL);
        assertThat(guide.filing().materials().get(0).name()).isEqualTo("户籍证明");
        assertThat(guide.filing().materials().get(0).citation().quote()).isEqualTo("异地安置退休人员提供户籍证明");
        assertThat(guide.filing().filingAfterAdmission().allowed()).isTrue();
        assertThat(guide.expectedRatioChange().reductionPoints()).isEqualByComparingTo("0");
        assertThat(guide.expectedRatioChange().basis()).isEqualTo(RatioBasis.NATIONAL_MAXIMUM);
    }

    @Test
    void anotherSituationOfTheSameFilingFallsBackToTheNationalGeneralProcedureWithACaveat() {
        OutOfAreaGuide guide = OutOfAreaGuideCalculator.calculate(
                request(OutOfAreaSituation.RESIDENT_WORKER, CareScope.CROSS_PROVINCE), List.of(CITY, NATIONAL), null,
                nationalMaxima());
        assertThat(guide.filing().source()).isEqualTo(GuideSource.NATIONAL);
        assertThat(guide.filing().materials().get(0).citation().article()).isEqualTo("第8条");
        assertThat(guide.status().findings()).anyMatch(f -> f.code() == StatusCode.NATIONAL_GUIDE_USED);
    }

    @Test
    void withinAProvinceTheCrossProvinceProcedureAndMaximaAreNotUsed() {
        OutOfAreaGuide guide = OutOfAreaGuideCalculator.calculate(
                request(OutOfAreaSituation.REFERRAL, CareScope.WITHIN_PROVINCE), List.of(CITY, NATIONAL), null,
                nationalMaxima());
        assertThat(guide.filing()).isNull();
        assertThat(guide.expectedRatioChange().reductionPoints()).isNull();
        assertThat(guide.status().reasonOf("filing")).isEqualTo(StatusCode.PROCEDURE_NOT_DOCUMENTED);
        assertThat(guide.status().reasonOf("expectedRatioChange.reductionPoints"))
                .isEqualTo(StatusCode.WITHIN_PROVINCE_RULE_UNKNOWN);
    }

    @Test
    void theInsuredRegionsOwnWithinProvinceReductionIsUsed() {
        BenefitTerms own = new BenefitTerms(new PolicyRef("440000", PolicyKind.MEDICAL_BENEFIT, 1), new OutOfAreaRule(
                null, null, null, Map.of(FilingType.REFERRAL, new BigDecimal("0.05")), null), null);
        OutOfAreaGuide guide = OutOfAreaGuideCalculator.calculate(
                request(OutOfAreaSituation.REFERRAL, CareScope.WITHIN_PROVINCE), List.of(NATIONAL), own,
                nationalMaxima());
        assertThat(guide.expectedRatioChange().reductionPoints()).isEqualByComparingTo("0.05");
        assertThat(guide.expectedRatioChange().basis()).isEqualTo(RatioBasis.INSURED_REGION);
    }

    @Test
    void localCareNeedsNoFiling() {
        OutOfAreaGuide guide = OutOfAreaGuideCalculator.calculate(request(OutOfAreaSituation.REFERRAL,
                CareScope.LOCAL), List.of(NATIONAL), null, nationalMaxima());
        assertThat(guide.filingRequired()).isFalse();
        assertThat(guide.filing()).isNull();
        assertThat(guide.status().unknown()).isEmpty();
        assertThat(guide.expectedRatioChange().basis()).isEqualTo(RatioBasis.LOCAL_CARE);
    }

    @Test
    void theListTakesEachVariantFromTheNearestGuide() {
        GuideListCalculator.GuideList list = GuideListCalculator.list("440106", ProcedureType.OUT_OF_AREA_FILING,
                List.of(CITY, NATIONAL));
        assertThat(list.procedures()).extracting(GuideStep::source).containsExactly(GuideSource.REGIONAL,
                GuideSource.NATIONAL, GuideSource.NATIONAL);
        assertThat(list.status().findings()).anyMatch(f -> f.code() == StatusCode.NATIONAL_GUIDE_USED);
        assertThat(GuideListCalculator.list("440106", ProcedureType.RELATION_TRANSFER, List.of(CITY, NATIONAL))
                .procedures()).isEmpty();
    }

    @Test
    void aGuideWithoutPerItemCitationsCitesItsVersionSource() {
        GuideVersion old = new GuideVersion(new PolicyRef("100000", PolicyKind.GUIDE, 1), new GuidePolicy(List.of(
                new GuideProcedure(ProcedureType.MANUAL_REIMBURSEMENT, null, null, "零星报销",
                        List.of(new Material("发票", true, null, null)), List.of("窗口"), null, null))),
                new Citation("version", "医保发〔2022〕22号", "通知", null, null, "按参保地规定", Confidence.THIRD_PARTY));
        GuideStep step = GuideListCalculator.list("100000", ProcedureType.MANUAL_REIMBURSEMENT, List.of(old))
                .procedures().get(0);
        assertThat(step.materials().get(0).citation().documentNumber()).isEqualTo("医保发〔2022〕22号");
        assertThat(step.channels().citation().policy()).isEqualTo("100000/GUIDE v1");
    }
}
