package org.shebao.policyservice.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.shebao.policyservice.api.PreviewRequest;
import org.shebao.policyservice.api.PreviewView;

/**
 * The console's what-if: an employee's monthly bill at sample wages, computed by calc-service once with the draft as
 * {@code policyOverride} and once from the published policies, so the page can set them side by side.
 */
@ApplicationScoped
public class WhatIfPreview {

    static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    /** The ceiling is 300 % of the average wage (社平工资) in every region's rule. */
    static final BigDecimal CEILING_TIMES_AVERAGE = new BigDecimal("3");

    @Inject
    CalcServiceClient calc;

    @Inject
    ObjectMapper json;

    public PreviewView preview(PreviewRequest request) {
        List<PreviewView.Sample> samples = new ArrayList<>();
        for (SampleWage sample : sampleWages(request.payload())) {
            ObjectNode bill = json.createObjectNode()
                    .put("regionCode", request.regionCode())
                    .put("participantType", "EMPLOYEE")
                    .put("month", request.month())
                    .put("wage", sample.wage());
            PreviewView.Outcome published = outcome(calc.post("/api/v1/contributions", bill));
            PreviewView.Outcome draft = outcome(calc.post("/api/v1/contributions",
                    bill.deepCopy().set("policyOverride", request.payload())));
            samples.add(new PreviewView.Sample(sample.code(), sample.label(), sample.wage(), draft, published));
        }
        return new PreviewView(request.regionCode(), request.month(), calc.baseUrl(), samples);
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

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    private static PreviewView.Outcome outcome(CalcServiceClient.Answer answer) {
        return new PreviewView.Outcome(answer.status(), answer.body());
    }
}
