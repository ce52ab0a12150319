package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shebao.calcservice.support.BrokerlessProfile;
import org.shebao.calcservice.support.DataSetEvents;

/**
 * Every calc-service request of the API document (docs/api.md §3–§6), answered on the data set, compared whole with
 * the answer stored under {@code src/test/resources/snapshots/}: status, {@code Content-Type}, {@code Policy-Revision}
 * and the complete body. A change of any answer fails here until the snapshot is updated on purpose: run with
 * {@code -Dsnapshots.update=true}, review the diff of the snapshot files, commit them with the change.
 */
@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class DocumentedAnswersSnapshotTest {

    private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");
    private static final boolean UPDATE = Boolean.getBoolean("snapshots.update");
    /** Amounts keep their scale ({@code 1600.00} is not {@code 1600}): the rounding rule is part of the answer. */
    private static final ObjectMapper JSON = DataSetEvents.JSON.copy()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static final String BEIJING_BILL = """
            {"regionCode":"110000","participantType":"EMPLOYEE","month":"2025-07","wage":10000}""";
    private static final String CITY_H_TABLE = """
            {"schedules":[{"scheme":"EMPLOYEE","memberStatus":"IN_SERVICE",
              "inpatient":{"levels":[{"hospitalLevel":3,"deductibleFirstAdmission":1300,"bands":[{"from":0,"rate":0.85}]}],
                           "annualFundCap":500000},
              "classBSelfPayShare":0.1}],
             "outOfArea":{"reductionPoints":{"REFERRAL":0.10,"EMERGENCY":0.10,"TEMPORARY_OTHER":0.20,"LONG_TERM_RESIDENCE":0}}}""";

    /** One documented request. {@code body} null for a GET. */
    record Case(String name, String method, String path, String contentType, String body) {

        static Case post(String name, String path, String body) {
            return new Case(name, "POST", path, "application/json", body);
        }

        static Case get(String name, String pathAndQuery) {
            return new Case(name, "GET", pathAndQuery, null, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> documentedRequests() {
        return Stream.of(
                // §3.1 monthly bill
                Case.post("contribution-beijing", "/api/v1/contributions", BEIJING_BILL),
                Case.post("contribution-beijing-explain", "/api/v1/contributions?explain=true", BEIJING_BILL),
                Case.post("contribution-shanghai-flexible", "/api/v1/contributions", """
                        {"regionCode":"310000","participantType":"FLEXIBLE","month":"2025-07","wage":7460}"""),
                Case.post("contribution-shanghai-flexible-below-floor", "/api/v1/contributions", """
                        {"regionCode":"310000","participantType":"FLEXIBLE","month":"2025-07","wage":5000}"""),
                Case.post("contribution-hangzhou-above-ceiling", "/api/v1/contributions", """
                        {"regionCode":"330100","participantType":"EMPLOYEE","month":"2025-07","wage":50000}"""),
                Case.post("contribution-shanghai-without-work-injury-rate", "/api/v1/contributions", """
                        {"regionCode":"310000","participantType":"EMPLOYEE","month":"2025-07","wage":10000}"""),
                Case.post("contribution-shanghai-with-work-injury-rate", "/api/v1/contributions", """
                        {"regionCode":"310000","participantType":"EMPLOYEE","month":"2025-07","wage":10000,
                         "workInjuryRate":0.004}"""),
                Case.post("contribution-beijing-work-injury-rate-ignored", "/api/v1/contributions", """
                        {"regionCode":"110000","participantType":"EMPLOYEE","month":"2025-07","wage":10000,
                         "workInjuryRate":0.004}"""),
                // §3.2 batch
                new Case("contribution-batch", "POST", "/api/v1/contributions/batch", "application/x-ndjson", """
                        {"regionCode":"110000","participantType":"EMPLOYEE","month":"2025-07","wage":10000}
                        {"regionCode":"310000","participantType":"FLEXIBLE","month":"2025-07","wage":7460}
                        {"regionCode":"110000","participantType":"EMPLOYEE","month":"2023-07","wage":10000}
                        {"regionCode":"999999","month":"2025-07","wage":10000}
                        {"regionCode":"110000","month":"2025-07","wage":"lots"}
                        not json
                        """),
                Case.post("contribution-beijing-housing-fund", "/api/v1/contributions", """
                        {"regionCode":"110000","participantType":"EMPLOYEE","month":"2026-07","wage":40000,
                         "includeHousingFund":true,"housingFundEmployerRate":0.07,"housingFundEmployeeRate":0.07}"""),
                // §3.3 补差
                Case.post("adjustment-beijing", "/api/v1/contributions/adjustments", """
                        {"regionCode":"110000","participantType":"EMPLOYEE","months":[
                          {"month":"2025-07","wage":7000,"paidUnderVersion":1},
                          {"month":"2025-08","wage":7000,"paid":[{"insurance":"PENSION","employer":1120,"employee":560}]}]}"""),
                // §3.4 retirement age
                Case.get("retirement-age-male-1965", "/api/v1/retirement-age?birthMonth=1965-05&category=MALE"),
                Case.get("retirement-age-female55-1975", "/api/v1/retirement-age?birthMonth=1975-03&category=FEMALE_55"),
                Case.get("retirement-age-before-the-reform", "/api/v1/retirement-age?birthMonth=1950-05&category=MALE"),
                Case.get("retirement-age-born-in-the-future", "/api/v1/retirement-age?birthMonth=2027-01&category=MALE"),
                Case.get("retirement-age-by-gender-and-position",
                        "/api/v1/retirement-age?birthMonth=1976-03&gender=FEMALE&position=PRODUCTION"),
                Case.get("problem-category-contradicts-position",
                        "/api/v1/retirement-age?birthMonth=1976-03&category=FEMALE_55&gender=FEMALE&position=PRODUCTION"),
                // §3.5 pension estimate
                Case.post("pension-guangzhou", "/api/v1/pensions/estimate", """
                        {"regionCode":"440100","category":"MALE","birthMonth":"1965-05","contributionYears":35,
                         "averageIndex":1.0,"personalAccountBalance":200000}"""),
                Case.post("pension-guangzhou-provisional-base", "/api/v1/pensions/estimate", """
                        {"regionCode":"440100","category":"MALE","birthMonth":"1966-01","contributionYears":35,
                         "averageIndex":1.0,"personalAccountBalance":200000}"""),
                Case.post("pension-guangzhou-projected-base", "/api/v1/pensions/estimate", """
                        {"regionCode":"440100","category":"MALE","birthMonth":"1976-09","contributionYears":35,
                         "averageIndex":1.0,"personalAccountBalance":300000}"""),
                Case.post("pension-guangzhou-below-minimum", "/api/v1/pensions/estimate", """
                        {"regionCode":"440100","gender":"FEMALE","position":"MANAGEMENT_OR_TECHNICAL",
                         "birthMonth":"1971-04","contributionYears":14,"averageIndex":1.0,"personalAccountBalance":60000}"""),
                Case.post("pension-guangdong-a-value", "/api/v1/pensions/estimate", """
                        {"regionCode":"440100","category":"MALE","birthMonth":"1965-05","contributionYears":17.75,
                         "averageIndex":0.45,"personalAccountBalance":60000}"""),
                Case.post("pension-shanghai-without-notional-balance", "/api/v1/pensions/estimate", """
                        {"regionCode":"310000","category":"MALE","birthMonth":"1965-05","contributionYears":35,
                         "deemedYears":3,"averageIndex":1.0,"personalAccountBalance":200000}"""),
                Case.post("pension-shanghai", "/api/v1/pensions/estimate", """
                        {"regionCode":"310000","category":"MALE","birthMonth":"1965-05","contributionYears":35,
                         "deemedYears":3,"averageIndex":1.0,"personalAccountBalance":200000,
                         "notionalAccountBalance":24000}"""),
                // §3.6 projection
                Case.post("projection-guangzhou", "/api/v1/pensions/projection", """
                        {"regionCode":"440100","category":"MALE","birthMonth":"1980-03","currentWage":12000,
                         "averageIndex":1.0,"currentBalance":80000,"contributionYears":20,"annualWageGrowth":0.03,
                         "annualAccountInterest":0.025}"""),
                Case.post("projection-guangzhou-above-the-ceiling", "/api/v1/pensions/projection", """
                        {"regionCode":"440100","category":"MALE","birthMonth":"1980-03","currentWage":50000,
                         "averageIndex":1.0,"currentBalance":80000,"contributionYears":20,"annualWageGrowth":0.03,
                         "annualAccountInterest":0.025}"""),
                // §3.7 reimbursement
                Case.post("reimbursement-beijing-referred-to-shanghai", "/api/v1/medical/reimbursements",
                        visit("REFERRAL", null)),
                Case.post("reimbursement-referral-what-if", "/api/v1/medical/reimbursements",
                        visit("REFERRAL", CITY_H_TABLE)),
                Case.post("reimbursement-not-filed-what-if", "/api/v1/medical/reimbursements",
                        visit("NONE", CITY_H_TABLE)),
                Case.post("reimbursement-within-province-what-if", "/api/v1/medical/reimbursements", """
                        {"insuredRegionCode":"440106","treatmentRegionCode":"440304","scheme":"EMPLOYEE",
                         "memberStatus":"IN_SERVICE","hospitalLevel":3,"visitType":"INPATIENT","admissionNumberThisYear":2,
                         "costs":{"classA":20000,"classB":0,"selfPay":2000},"filing":"REFERRAL",
                         "eligibleCostThisYear":25000,"fundPaidThisYear":20000,"date":"2025-08-15",
                         "policyOverride":{"schedules":[{"scheme":"EMPLOYEE","memberStatus":"IN_SERVICE",
                           "inpatient":{"levels":[{"hospitalLevel":3,"deductibleFirstAdmission":1300,
                             "deductibleLaterAdmissions":650,"bands":[{"from":0,"rate":0.85},{"from":30000,"rate":0.9}]}],
                             "annualFundCap":500000,"bandsMeasure":"ANNUAL_CUMULATIVE"},"classBSelfPayShare":0.1}],
                           "outOfArea":{"withinProvinceReductionPoints":{"REFERRAL":0.05}}}}"""),
                // §3.8 resident quote
                Case.post("resident-quote-fuyang-late", "/api/v1/resident-medical/quote", """
                        {"regionCode":"341200","coverageYear":2025,"members":[{"category":"ADULT","count":3}],
                         "enrolledInWindow":false,"brokenYears":2,"repairedYears":0,"newborn":false}"""),
                Case.post("resident-quote-fuyang-in-window", "/api/v1/resident-medical/quote", """
                        {"regionCode":"341200","coverageYear":2025,"members":[{"category":"ADULT","count":3}],
                         "enrolledInWindow":true}"""),
                Case.post("resident-quote-open-case", "/api/v1/resident-medical/quote", """
                        {"regionCode":"341200","coverageYear":2026,"members":[{"category":"ADULT","count":1}]}"""),
                // §3.9 eligibility
                Case.get("eligibility-shanghai", "/api/v1/medical/eligibility?regionCode=310000&gender=FEMALE"
                        + "&cumulativeMonths=150&retirementMonth=2026-08"),
                Case.get("eligibility-guangzhou-2031", "/api/v1/medical/eligibility?regionCode=440100&gender=MALE"
                        + "&cumulativeMonths=300&localMonths=100&retirementMonth=2031-07"),
                Case.get("eligibility-shanghai-this-month", "/api/v1/medical/eligibility?regionCode=310000"
                        + "&gender=FEMALE&cumulativeMonths=150"),
                Case.get("eligibility-beijing-no-rule", "/api/v1/medical/eligibility?regionCode=110000&gender=MALE"
                        + "&cumulativeMonths=200"),
                // §3.13 personal account
                Case.get("personal-account-in-service", "/api/v1/medical/personal-account?regionCode=110000"
                        + "&memberStatus=IN_SERVICE&base=10000"),
                // §3.14 异地就医 guide, §3.15 procedures
                Case.get("guide-referral-beijing-to-shanghai", "/api/v1/medical/out-of-area-guide"
                        + "?insuredRegionCode=110105&treatmentRegionCode=310000&situation=REFERRAL&date=2026-11-30"),
                Case.get("guide-retiree-beijing-to-haikou", "/api/v1/medical/out-of-area-guide"
                        + "?insuredRegionCode=110000&treatmentRegionCode=460100&situation=RETIREE_RESETTLEMENT"
                        + "&date=2026-11-30"),
                Case.get("guide-guangzhou-to-shenzhen", "/api/v1/medical/out-of-area-guide"
                        + "?insuredRegionCode=440100&treatmentRegionCode=440300&situation=TEMPORARY_OTHER"
                        + "&date=2026-11-30"),
                Case.get("guides-enrolment-tianhe", "/api/v1/guides?regionCode=440106&procedure=ENROLMENT"
                        + "&date=2026-11-30"),
                Case.get("guides-medical-e-voucher", "/api/v1/guides?regionCode=330100&procedure=MEDICAL_E_VOUCHER"
                        + "&date=2026-11-30"),
                Case.get("problem-guide-situation", "/api/v1/medical/out-of-area-guide"
                        + "?insuredRegionCode=110000&treatmentRegionCode=310000&situation=HOLIDAY"),
                Case.get("problem-guide-hong-kong", "/api/v1/medical/out-of-area-guide"
                        + "?insuredRegionCode=110000&treatmentRegionCode=810000&situation=REFERRAL"),
                // §3.10, §3.11
                Case.get("state", "/api/v1/state"),
                Case.get("ping", "/api/v1/ping"),
                // §3.12 到手工资
                Case.post("take-home-beijing-2026", "/api/v1/salary/take-home", RequestExamples.TAKE_HOME),
                // §5 what-if
                Case.post("contribution-what-if-beijing-2026", "/api/v1/contributions", """
                        {"regionCode":"110000","participantType":"EMPLOYEE","month":"2026-07","wage":10000,
                         "policyOverride":{"participants":{"EMPLOYEE":{"base":{"floor":7162,"ceiling":35811},
                           "lines":[{"insurance":"PENSION","label":"基本养老保险","employerRate":0.16,"employeeRate":0.08},
                                    {"insurance":"UNEMPLOYMENT","label":"失业保险","employerRate":0.005,"employeeRate":0.005}],
                           "personalAccounts":{"pensionRate":0.08,"medicalRate":null}}},
                           "rounding":{"scale":2,"mode":"HALF_UP","appliesTo":"LINE"}}}"""),
                Case.post("pension-overrides-calculation-base", "/api/v1/pensions/estimate", """
                        {"regionCode":"440100","category":"MALE","birthMonth":"1965-05","contributionYears":35,
                         "deemedYears":5,"yearsBeforeAccount":5,"averageIndex":1.2,"transitionalIndex":1.2,
                         "personalAccountBalance":200000,
                         "overrides":{"calculationBase":9800}}"""),
                Case.post("pension-overrides-three-figures", "/api/v1/pensions/estimate", """
                        {"regionCode":"440100","category":"MALE","birthMonth":"1965-05","contributionYears":35,
                         "deemedYears":5,"yearsBeforeAccount":5,"averageIndex":1.2,"transitionalIndex":1.2,
                         "personalAccountBalance":200000,
                         "overrides":{"calculationBase":9800,"annuityMonths":139,"transitionalCoefficient":0.012}}"""),
                Case.post("pension-overrides-without-region", "/api/v1/pensions/estimate", """
                        {"category":"MALE","birthMonth":"1965-05","contributionYears":35,
                         "deemedYears":5,"averageIndex":1.2,"personalAccountBalance":200000,
                         "overrides":{"calculationBase":9800,"annuityMonths":139,"transitionalCoefficient":0.012}}"""),
                // §6.1 problems
                Case.post("problem-wage-not-positive", "/api/v1/contributions", BEIJING_BILL.replace("10000", "-5")),
                Case.post("problem-participant-type-missing", "/api/v1/contributions", """
                        {"regionCode":"110000","month":"2025-07","wage":10000}"""),
                Case.post("problem-work-injury-rate-out-of-range", "/api/v1/contributions", """
                        {"regionCode":"310000","participantType":"EMPLOYEE","month":"2025-07","wage":10000,
                         "workInjuryRate":0.5}"""),
                Case.post("problem-adjustment-without-what-was-paid", "/api/v1/contributions/adjustments", """
                        {"regionCode":"110000","participantType":"EMPLOYEE","months":[{"month":"2025-07","wage":7000}]}"""),
                Case.get("problem-birth-month-malformed", "/api/v1/retirement-age?birthMonth=1965-5&category=MALE"),
                Case.get("problem-gender-unknown", "/api/v1/medical/eligibility?regionCode=310000&gender=X"
                        + "&cumulativeMonths=150"),
                Case.post("problem-take-home-both-gross", "/api/v1/salary/take-home", """
                        {"regionCode":"110000","taxYear":2026,"firstMonth":11,"monthlyGross":20000,
                         "grossByMonth":[20000,20000]}"""),
                Case.post("problem-region-code-pattern", "/api/v1/contributions",
                        BEIJING_BILL.replace("110000", "11000")),
                Case.post("problem-policy-override-rate", "/api/v1/contributions", """
                        {"regionCode":"110000","participantType":"EMPLOYEE","month":"2025-07","wage":10000,
                         "policyOverride":{"participants":{"EMPLOYEE":{"base":{"floor":7162,"ceiling":35811},
                           "lines":[{"insurance":"PENSION","label":"基本养老保险","employerRate":1.6,"employeeRate":0.08}]}},
                           "rounding":{"scale":2,"mode":"HALF_UP","appliesTo":"LINE"}}}"""),
                Case.get("problem-eligibility-region-pattern", "/api/v1/medical/eligibility?regionCode=abc"
                        + "&gender=MALE&cumulativeMonths=150"),
                Case.post("problem-unknown-field", "/api/v1/contributions", BEIJING_BILL.replace("}", ",\"bonus\":1}")),
                Case.post("problem-unknown-enum-value", "/api/v1/contributions",
                        BEIJING_BILL.replace("EMPLOYEE", "WORKER")),
                Case.post("problem-month-malformed", "/api/v1/contributions", BEIJING_BILL.replace("2025-07", "2025-7")),
                Case.post("problem-array-body", "/api/v1/contributions", "[]"),
                Case.post("problem-null-body", "/api/v1/contributions", "null"),
                Case.post("problem-empty-body", "/api/v1/contributions", ""),
                Case.post("problem-malformed-json", "/api/v1/contributions", "{\"regionCode\":\"110000\","),
                Case.post("problem-unknown-region-body", "/api/v1/contributions",
                        BEIJING_BILL.replace("110000", "999999")),
                Case.get("problem-unknown-region-query", "/api/v1/medical/eligibility?regionCode=999999&gender=MALE"
                        + "&cumulativeMonths=150"),
                Case.get("problem-no-such-path", "/api/v1/nothing"),
                Case.get("problem-wrong-method", "/api/v1/contributions"),
                new Case("problem-wrong-media-type", "POST", "/api/v1/contributions", "text/plain", "hi"),
                Case.post("problem-body-too-large", "/api/v1/contributions",
                        "{\"regionCode\":\"" + "1".repeat(2_000_000) + "\"}"),
                Case.get("problem-uri-too-long", "/api/v1/retirement-age?birthMonth=" + "1".repeat(10_000)),
                Case.post("problem-no-policy-in-force", "/api/v1/contributions",
                        BEIJING_BILL.replace("2025-07", "2023-07")),
                Case.post("problem-policy-gap-no-flexible-schedule", "/api/v1/contributions", """
                        {"regionCode":"440100","participantType":"FLEXIBLE","month":"2025-07","wage":10000}"""));
    }

    private static String visit(String filing, String table) {
        return """
                {"insuredRegionCode":"110000","treatmentRegionCode":"310000","scheme":"EMPLOYEE","memberStatus":"IN_SERVICE",
                 "hospitalLevel":3,"visitType":"INPATIENT","admissionNumberThisYear":1,
                 "costs":{"classA":20000,"classB":0,"selfPay":2000},"filing":"%s",
                 "fundPaidThisYear":0,"personalBurdenThisYear":0,"assistanceStatus":"NONE","date":"2025-08-15"%s}"""
                .formatted(filing, table == null ? "" : ",\n \"policyOverride\":" + table);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedRequests")
    void answerIsTheStoredSnapshot(Case request) throws IOException {
        JsonNode actual = answer(request);
        Path file = SNAPSHOTS.resolve(request.name() + ".json");
        if (UPDATE) {
            Files.createDirectories(SNAPSHOTS);
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual)
                    + "\n", UTF_8);
        }
        assertThat(file).as("snapshot of %s; run with -Dsnapshots.update=true to create it", request).exists();
        JsonNode expected = JSON.readTree(file.toFile());
        if (!expected.equals(actual)) {
            assertThat(pretty(actual)).as(request.name()).isEqualTo(pretty(expected));
        }
        JsonNode body = actual.get("body");
        if (body.isArray()) {
            body.forEach(DocumentedAnswersSnapshotTest::assertStatusIsConsistent);
        } else {
            assertStatusIsConsistent(body);
        }
    }

    /**
     * The status vocabulary holds in every answer (and every answered batch line): each unknown figure is null in the
     * result, {@code complete} says whether there is any, and its reason is the code of a caveat or warning.
     */
    private static void assertStatusIsConsistent(JsonNode answer) {
        if (!answer.has("result")) {
            return;
        }
        JsonNode unknown = answer.get("unknown");
        assertThat(answer.get("complete").asBoolean()).isEqualTo(unknown.isEmpty());
        for (JsonNode figure : unknown) {
            String field = figure.get("field").asText();
            JsonNode value = answer.get("result").at("/" + field.replace(".", "/").replaceAll("\\[(\\d+)]", "/$1"));
            assertThat(value.isNull() || value.isMissingNode()).as("%s is unknown, so null", field).isTrue();
            assertThat(answer.findValuesAsText("code")).as("reason of %s", field).contains(figure.get("reason").asText());
        }
    }

    /** Status, media type, revision header and body as one document; an NDJSON body as an array of its lines. */
    private static JsonNode answer(Case request) throws JsonProcessingException {
        RequestSpecification spec = given().urlEncodingEnabled(false);
        if (request.body() != null) {
            spec = spec.contentType(request.contentType()).body(request.body().getBytes(UTF_8));
        }
        Response response = spec.request(request.method(), request.path());
        ObjectNode answer = JSON.createObjectNode();
        answer.put("status", response.statusCode());
        answer.put("contentType", response.contentType());
        answer.put("policyRevision", response.header("Policy-Revision"));
        String text = response.asString();
        if (response.contentType().startsWith("application/x-ndjson")) {
            ArrayNode lines = answer.putArray("body");
            for (String line : List.of(text.split("\n"))) {
                lines.add(JSON.readTree(line));
            }
        } else {
            answer.set("body", text.isEmpty() ? null : JSON.readTree(text));
        }
        return answer;
    }

    private static String pretty(JsonNode node) throws JsonProcessingException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
