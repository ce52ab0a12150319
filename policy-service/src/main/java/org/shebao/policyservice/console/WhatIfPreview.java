package org.shebao.policyservice.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.shebao.policyservice.api.PreviewRequest;
import org.shebao.policyservice.api.PreviewView;
import org.shebao.policyservice.service.InvalidInput;

/**
 * The console's what-if: sample people computed by calc-service once with the draft as {@code policyOverride} and
 * once from the published policies, so the page can set them side by side — an employee's monthly bill at sample
 * wages (CONTRIBUTION), a sample retiree's pension (PENSION), a sample hospital stay of an employee in service and of a
 * retiree (MEDICAL_BENEFIT).
 */
@ApplicationScoped
public class WhatIfPreview {

    static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    /** The ceiling is 300 % of the average wage (社平工资) in every region's rule. */
    static final BigDecimal CEILING_TIMES_AVERAGE = new BigDecimal("3");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    CalcServiceClient calc;

    /** What calc-service is asked for one sample, and which of its figures the page shows. */
    record SampleQuery(String code, String label, BigDecimal wage, ObjectNode query) {
    }

    /** A kind's samples: the calc-service endpoint, the figures shown and the sample queries. */
    record Samples(String path, List<PreviewView.Figure> figures, List<SampleQuery> queries) {
    }

    public PreviewView preview(PreviewRequest request) {
        Samples samples = samples(request);
        List<PreviewView.Sample> answered = new ArrayList<>();
        for (SampleQuery sample : samples.queries()) {
            PreviewView.Outcome published = outcome(calc.post(samples.path(), sample.query()));
            PreviewView.Outcome draft = outcome(calc.post(samples.path(),
                    sample.query().deepCopy().set("policyOverride", request.payload())));
            answered.add(new PreviewView.Sample(sample.code(), sample.label(), sample.wage(), sample.query(), draft,
                    published));
        }
        return new PreviewView(request.regionCode(), request.kindOrDefault(), request.month(), samples.figures(),
                calc.baseUrl(), answered);
    }

    static Samples samples(PreviewRequest request) {
        return switch (request.kindOrDefault()) {
            case CONTRIBUTION -> new Samples("/api/v1/contributions",
                    figures("totals.employee", "个人|employee", "totals.employer", "单位|employer", "totals.total",
                            "合计|total"),
                    sampleWages(request.payload()).stream().map(s -> new SampleQuery(s.code(), s.label(), s.wage(),
                            JSON.objectNode().put("regionCode", request.regionCode()).put("participantType", "EMPLOYEE")
                                    .put("month", request.month()).put("wage", s.wage()))).toList());
            case PENSION -> new Samples("/api/v1/pensions/estimate",
                    figures("total", "月养老金|total", "basic", "基础养老金|basic", "personalAccount", "个人账户养老金|personal account",
                            "transitional", "过渡性养老金|transitional"),
                    List.of(retiree(request)));
            case MEDICAL_BENEFIT -> new Samples("/api/v1/medical/reimbursements",
                    figures("fundPayment", "统筹基金支付|fund", "seriousIllnessPayment", "大病保险|serious illness",
                            "patientPayment", "个人负担|patient"),
                    List.of(hospitalStay(request, "IN_SERVICE", "在职职工"), hospitalStay(request, "RETIRED", "退休职工")));
            default -> throw InvalidInput.field("kind", "no what-if preview for " + request.kind()
                    + "; there is one for CONTRIBUTION, PENSION and MEDICAL_BENEFIT");
        };
    }

    /**
     * A man retiring at 60 in the preview month after 35 years at the average wage (index 1.0), with 200,000 元 in his
     * personal account and no years before the account (so the 过渡性养老金 is 0 by the request, not unknown).
     */
    static SampleQuery retiree(PreviewRequest request) {
        YearMonth retirement = YearMonth.parse(request.month());
        ObjectNode query = JSON.objectNode().put("regionCode", request.regionCode()).put("category", "MALE")
                .put("birthMonth", retirement.minusYears(60).toString()).put("retirementMonth", retirement.toString())
                .put("contributionYears", new BigDecimal("35")).put("averageIndex", new BigDecimal("1.0"))
                .put("personalAccountBalance", new BigDecimal("200000"));
        return new SampleQuery("RETIREE", "男，60 岁于 " + retirement + " 退休，缴费 35 年，指数 1.0，个人账户 200,000 元",
                null, query);
    }

    /** The year's first in-city stay at a 三级 hospital, 20,000 元 all 甲类, nothing paid earlier in the year. */
    static SampleQuery hospitalStay(PreviewRequest request, String memberStatus, String who) {
        ObjectNode query = JSON.objectNode().put("insuredRegionCode", request.regionCode())
                .put("treatmentRegionCode", request.regionCode()).put("scheme", "EMPLOYEE")
                .put("memberStatus", memberStatus).put("visitType", "INPATIENT").put("hospitalLevel", 3)
                .put("admissionNumberThisYear", 1).put("eligibleCostThisYear", BigDecimal.ZERO)
                .put("fundPaidThisYear", BigDecimal.ZERO).put("personalBurdenThisYear", BigDecimal.ZERO)
                .put("date", YearMonth.parse(request.month()).atDay(1).toString());
        query.putObject("costs").put("classA", new BigDecimal("20000")).put("classB", BigDecimal.ZERO)
                .put("selfPay", BigDecimal.ZERO);
        return new SampleQuery("INPATIENT_" + memberStatus, who + "，本地三级医院住院 20,000 元（甲类），年内首次",
                null, query);
    }

    record SampleWage(String code, String label, BigDecimal wage) {
    }

    /** 10,000 元, then the draft's floor, average (ceiling ÷ 3) and ceiling where the draft states them. */
    static List<SampleWage> sampleWages(JsonNode payload) {
        List<SampleWage> wages = new ArrayList<>();
        wages.add(new SampleWage("WAGE_10000", "月工资 10,000 元", TEN_THOUSAND));
        JsonNode base = payload.path("participants").path("EMPLOYEE").path("base");
        BigDecimal floor = decimal(base.path("floor"));
        BigDecimal ceiling = decimal(base.path("ceiling"));
        if (floor != null) {
            wages.add(new SampleWage("FLOOR", "缴费基数下限", floor));
        }
        if (ceiling != null) {
            wages.add(new SampleWage("AVERAGE", "社平工资（上限 ÷ 3）",
                    ceiling.divide(CEILING_TIMES_AVERAGE, 0, RoundingMode.HALF_UP)));
            wages.add(new SampleWage("CEILING", "缴费基数上限", ceiling));
        }
        return wages;
    }

    private static List<PreviewView.Figure> figures(String... fieldsAndLabels) {
        List<PreviewView.Figure> figures = new ArrayList<>();
        for (int i = 0; i < fieldsAndLabels.length; i += 2) {
            figures.add(new PreviewView.Figure(fieldsAndLabels[i], fieldsAndLabels[i + 1]));
        }
        return figures;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    private static PreviewView.Outcome outcome(CalcServiceClient.Answer answer) {
        return new PreviewView.Outcome(answer.status(), answer.body());
    }
}
