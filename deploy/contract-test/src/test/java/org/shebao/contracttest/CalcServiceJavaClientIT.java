package org.shebao.contracttest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shebao.contracttest.calc.api.ContributionsApi;
import org.shebao.contracttest.calc.api.GuidanceApi;
import org.shebao.contracttest.calc.api.MedicalInsuranceApi;
import org.shebao.contracttest.calc.api.PensionsApi;
import org.shebao.contracttest.calc.api.RetirementApi;
import org.shebao.contracttest.calc.api.SalaryApi;
import org.shebao.contracttest.calc.api.StateApi;
import org.shebao.contracttest.calc.client.ApiClient;
import org.shebao.contracttest.calc.client.ApiException;
import org.shebao.contracttest.calc.client.ApiResponse;
import org.shebao.contracttest.calc.client.JSON;
import org.shebao.contracttest.calc.model.AdjustmentAnswerEnvelope;
import org.shebao.contracttest.calc.model.AdjustmentQuery;
import org.shebao.contracttest.calc.model.AdjustmentQueryMonth;
import org.shebao.contracttest.calc.model.ContributionAnswerEnvelope;
import org.shebao.contracttest.calc.model.ContributionBatchAnsweredLine;
import org.shebao.contracttest.calc.model.ContributionBatchLine;
import org.shebao.contracttest.calc.model.ContributionBatchSummaryLine;
import org.shebao.contracttest.calc.model.ContributionBillLine;
import org.shebao.contracttest.calc.model.ContributionQuery;
import org.shebao.contracttest.calc.model.Costs;
import org.shebao.contracttest.calc.model.EligibilityAnswerEnvelope;
import org.shebao.contracttest.calc.model.FilingType;
import org.shebao.contracttest.calc.model.Gender1;
import org.shebao.contracttest.calc.model.Gender;
import org.shebao.contracttest.calc.model.GuideListAnswerEnvelope;
import org.shebao.contracttest.calc.model.InsuranceType;
import org.shebao.contracttest.calc.model.Member;
import org.shebao.contracttest.calc.model.MemberStatus;
import org.shebao.contracttest.calc.model.OutOfAreaGuideAnswerEnvelope;
import org.shebao.contracttest.calc.model.OutOfAreaSituation;
import org.shebao.contracttest.calc.model.PaidLine;
import org.shebao.contracttest.calc.model.ParticipantType;
import org.shebao.contracttest.calc.model.PensionAnswerEnvelope;
import org.shebao.contracttest.calc.model.PensionQuery;
import org.shebao.contracttest.calc.model.PersonalAccountAnswerEnvelope;
import org.shebao.contracttest.calc.model.Problem;
import org.shebao.contracttest.calc.model.ProblemViolation;
import org.shebao.contracttest.calc.model.ProcedureType;
import org.shebao.contracttest.calc.model.ProjectionAnswerEnvelope;
import org.shebao.contracttest.calc.model.ProjectionQuery;
import org.shebao.contracttest.calc.model.ReimbursementAnswerEnvelope;
import org.shebao.contracttest.calc.model.ReimbursementQuery;
import org.shebao.contracttest.calc.model.ResidentCategory;
import org.shebao.contracttest.calc.model.ResidentQuoteAnswerEnvelope;
import org.shebao.contracttest.calc.model.ResidentQuoteQuery;
import org.shebao.contracttest.calc.model.RetirementAgeAnswerEnvelope;
import org.shebao.contracttest.calc.model.RetirementCategory;
import org.shebao.contracttest.calc.model.Scheme;
import org.shebao.contracttest.calc.model.StateAnswer;
import org.shebao.contracttest.calc.model.TakeHomeAnswerEnvelope;
import org.shebao.contracttest.calc.model.TakeHomeQuery;
import org.shebao.contracttest.calc.model.VisitType;

/**
 * One real call per calc-service operation through the Java client generated from the pinned document (options in the
 * pom), asserting typed fields: the NDJSON batch, a 补差 stated with the amounts paid and with the version billed
 * under (the same result, and the same as a hand-written call), a 补差 stating both (a 400 read as a typed Problem),
 * and an unknown region (a typed Problem).
 */
@ExtendWith(ContractSystem.class)
class CalcServiceJavaClientIT {

    private static final String BEIJING = "110000";
    private static final String JULY_2025 = "2025-07";
    /** Beijing's first CONTRIBUTION version of the data set, in force for July 2025 until the 2025 bases came. */
    private static final int BILLED_VERSION = 1;

    private static ContractSystem system;
    private static ApiClient client;

    @BeforeAll
    static void client(ContractSystem contractSystem) {
        system = contractSystem;
        client = new ApiClient().setBasePath(system.calcApi().baseUrl());
    }

    @Test
    void calculateContribution() throws ApiException {
        ApiResponse<ContributionAnswerEnvelope> answer = new ContributionsApi(client)
                .calculateContributionWithHttpInfo(beijingEmployee(new BigDecimal("10000")), false);

        assertThat(answer.getHeaders()).containsKey("Policy-Revision");
        ContributionAnswerEnvelope envelope = answer.getData();
        assertThat(envelope.getResult().getRegionCode()).isEqualTo(BEIJING);
        assertThat(envelope.getResult().getMonth()).isEqualTo(JULY_2025);
        ContributionBillLine pension = line(envelope, InsuranceType.PENSION);
        assertThat(pension.getEmployeeAmount()).isPositive();
        assertThat(envelope.getPolicies().get(0).getVersion()).isPositive();
        assertThat(envelope.getPolicies().get(0).getEffectiveFrom()).isBeforeOrEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void calculateContributionBatch() throws ApiException {
        String request = JSON.serialize(beijingEmployee(new BigDecimal("10000"))) + "\n"
                + JSON.serialize(beijingEmployee(new BigDecimal("20000"))) + "\n";

        String answer = new ContributionsApi(client).calculateContributionBatch(request);

        List<ContributionBatchLine> lines = answer.lines().filter(line -> !line.isBlank())
                .map(line -> JSON.<ContributionBatchLine>deserialize(line, ContributionBatchLine.class)).toList();
        assertThat(lines).hasSize(3);
        ContributionBatchAnsweredLine second = lines.get(1).getContributionBatchAnsweredLine();
        assertThat(second.getLine()).isEqualTo(2L);
        assertThat(second.getResult().getTotals().getEmployee()).isPositive();
        ContributionBatchSummaryLine summary = lines.get(2).getContributionBatchSummaryLine();
        assertThat(summary.getLines()).isEqualTo(2L);
        assertThat(summary.getFailed()).isZero();
    }

    /**
     * 补差 of July 2025 in Beijing, billed under the data set's version 1 before the 2025 bases were published back to
     * July: stated as the version billed under, and as the amounts that bill came to (read from the first answer).
     */
    @Test
    void calculateAdjustmentStatedEachWayGivesOneResultAndTheHandWrittenOne() throws ApiException {
        AdjustmentQuery byVersion = adjustment(
                new AdjustmentQueryMonth().month(JULY_2025).wage(new BigDecimal("7000")).paidUnderVersion(BILLED_VERSION));
        AdjustmentAnswerEnvelope owedByVersion = new ContributionsApi(client).calculateAdjustment(byVersion, false);
        List<PaidLine> paid = owedByVersion.getResult().getMonths().get(0).getLines().stream()
                .map(line -> new PaidLine().insurance(line.getInsurance()).employer(line.getEmployerPaid())
                        .employee(line.getEmployeePaid()))
                .toList();
        AdjustmentQuery byAmounts = adjustment(new AdjustmentQueryMonth().month(JULY_2025).wage(new BigDecimal("7000")).paid(paid));
        AdjustmentAnswerEnvelope owedByAmounts = new ContributionsApi(client).calculateAdjustment(byAmounts, false);

        // The employer side of some lines is unknown in Beijing (null), so the employee side is compared.
        BigDecimal owed = owedByAmounts.getResult().getTotals().getEmployee();
        assertThat(owed).isPositive();
        assertThat(owedByVersion.getResult().getTotals().getEmployee()).isEqualByComparingTo(owed);
        assertThat(JSON.serialize(owedByVersion.getResult().getTotals()))
                .isEqualTo(JSON.serialize(owedByAmounts.getResult().getTotals()));
        for (AdjustmentQuery query : List.of(byAmounts, byVersion)) {
            HttpResponse<String> handWritten = Http.send("POST",
                    system.calcApi().baseUrl() + "/api/v1/contributions/adjustments", "application/json",
                    JSON.serialize(query), Map.of());
            assertThat(handWritten.statusCode()).as(handWritten.body()).isEqualTo(200);
            JsonNode totals = PinnedDocuments.parse(handWritten.body()).at("/result/totals");
            assertThat(totals.get("employee").decimalValue()).isEqualByComparingTo(owed);
        }
    }

    @Test
    void calculateAdjustmentStatingBothWaysIsATypedProblem() {
        AdjustmentQuery both = adjustment(new AdjustmentQueryMonth().month(JULY_2025).wage(new BigDecimal("9000"))
                .paid(List.of(new PaidLine().insurance(InsuranceType.PENSION).employer(new BigDecimal("1120"))
                        .employee(new BigDecimal("560"))))
                .paidUnderVersion(1));

        Problem problem = problem(() -> new ContributionsApi(client).calculateAdjustment(both, false), 400);

        assertThat(problem.getType()).isEqualTo(Problem.TypeEnum.URN_SHEBAO_PROBLEM_INVALID_REQUEST);
        assertThat(problem.getViolations()).extracting(ProblemViolation::getField).anyMatch(field ->
                field.contains("paid"));
        assertThat(problem.getDetail()).contains("paidUnderVersion");
    }

    @Test
    void anUnknownRegionIsATypedProblem() {
        ContributionQuery unknown = beijingEmployee(new BigDecimal("10000")).regionCode("999999");

        Problem problem = problem(() -> new ContributionsApi(client).calculateContribution(unknown, false), 404);

        assertThat(problem.getType()).isEqualTo(Problem.TypeEnum.URN_SHEBAO_PROBLEM_UNKNOWN_REGION);
        assertThat(problem.getStatus()).isEqualTo(404);
    }

    @Test
    void getRetirementAge() throws ApiException {
        RetirementAgeAnswerEnvelope answer = new RetirementApi(client).getRetirementAge("1965-05",
                RetirementCategory.MALE, false, null, null, "440100");

        assertThat(answer.getResult().getRetirementMonth()).matches("\\d{4}-\\d{2}");
        assertThat(answer.getResult().getStatutoryAge()).isNotNull();
    }

    @Test
    void estimatePension() throws ApiException {
        PensionQuery query = new PensionQuery().regionCode("440100").category(RetirementCategory.MALE)
                .birthMonth("1965-01").retirementMonth(JULY_2025).contributionYears(new BigDecimal("35"))
                .averageIndex(BigDecimal.ONE).personalAccountBalance(new BigDecimal("200000"));

        PensionAnswerEnvelope answer = new PensionsApi(client).estimatePension(query, false);

        assertThat(answer.getResult().getTotal()).isPositive();
        assertThat(answer.getResult().getBasic()).isPositive();
    }

    @Test
    void projectPension() throws ApiException {
        ProjectionQuery query = new ProjectionQuery().regionCode("440100").category(RetirementCategory.MALE)
                .birthMonth("1980-03").currentWage(new BigDecimal("12000")).averageIndex(BigDecimal.ONE)
                .currentBalance(new BigDecimal("80000")).contributionYears(new BigDecimal("20"))
                .annualWageGrowth(new BigDecimal("0.03")).annualAccountInterest(new BigDecimal("0.025"));

        ProjectionAnswerEnvelope answer = new PensionsApi(client).projectPension(query, false);

        assertThat(answer.getResult().getStatutory()).isNotNull();
        assertThat(answer.getResult().getRegionCode()).isEqualTo("440100");
    }

    @Test
    void calculateReimbursement() throws ApiException {
        ReimbursementQuery query = new ReimbursementQuery().insuredRegionCode(BEIJING).treatmentRegionCode("310000")
                .scheme(Scheme.EMPLOYEE).memberStatus(MemberStatus.IN_SERVICE).hospitalLevel(3)
                .visitType(VisitType.INPATIENT).admissionNumberThisYear(1)
                .costs(new Costs().classA(new BigDecimal("20000")).classB(BigDecimal.ZERO)
                        .selfPay(new BigDecimal("2000")))
                .filing(FilingType.REFERRAL).fundPaidThisYear(BigDecimal.ZERO).date(LocalDate.of(2025, 7, 15));

        ReimbursementAnswerEnvelope answer = new MedicalInsuranceApi(client).calculateReimbursement(query, false);

        assertThat(answer.getResult().getFundPayment()).isPositive();
        assertThat(answer.getResult().getPatientPayment()).isPositive();
    }

    @Test
    void quoteResidentMedical() throws ApiException {
        ResidentQuoteQuery query = new ResidentQuoteQuery().regionCode("341200").coverageYear(2025)
                .members(List.of(new Member().category(ResidentCategory.ADULT).count(3))).enrolledInWindow(false)
                .brokenYears(2).repairedYears(0).newborn(false);

        ResidentQuoteAnswerEnvelope answer = new MedicalInsuranceApi(client).quoteResidentMedical(query, false);

        assertThat(answer.getResult().getTotal()).isPositive();
        assertThat(answer.getResult().getCoverageYear()).isEqualTo(2025);
    }

    @Test
    void getMedicalEligibility() throws ApiException {
        EligibilityAnswerEnvelope answer = new MedicalInsuranceApi(client).getMedicalEligibility(300, Gender1.MALE,
                "440100", false, 100, "2031-07");

        assertThat(answer.getResult().getRegionCode()).isEqualTo("440100");
        assertThat(answer.getResult().getRequiredMonths()).isPositive();
    }

    @Test
    void getPersonalAccountCredit() throws ApiException {
        MedicalInsuranceApi medical = new MedicalInsuranceApi(client);
        PersonalAccountAnswerEnvelope answer = medical.getPersonalAccountCredit(MemberStatus.IN_SERVICE, BEIJING,
                null, new BigDecimal("10000"), false);

        assertThat(answer.getResult().getMemberStatus()).isEqualTo(MemberStatus.IN_SERVICE);
        assertThat(answer.getResult().getBase()).isEqualByComparingTo("10000");

        // 北京 credits retirees by age: 110 元 from 70 周岁
        PersonalAccountAnswerEnvelope retired = medical.getPersonalAccountCredit(MemberStatus.RETIRED, BEIJING, 72,
                null, false);
        assertThat(retired.getResult().getMonthlyCredit()).isEqualByComparingTo("110");
        assertThat(retired.getResult().getCreditByAge()).hasSize(2);
    }

    @Test
    void getOutOfAreaGuide() throws ApiException {
        OutOfAreaGuideAnswerEnvelope answer = new GuidanceApi(client).getOutOfAreaGuide("110105",
                OutOfAreaSituation.REFERRAL, "310000", LocalDate.of(2025, 7, 15));

        assertThat(answer.getResult().getSituation()).isEqualTo(OutOfAreaSituation.REFERRAL);
        assertThat(answer.getResult().getFilingType()).isNotNull();
    }

    @Test
    void listGuides() throws ApiException {
        GuideListAnswerEnvelope answer = new GuidanceApi(client).listGuides(ProcedureType.ENROLMENT, "440106", null);

        assertThat(answer.getResult().getProcedure()).isEqualTo(ProcedureType.ENROLMENT);
        assertThat(answer.getResult().getProcedures()).isNotEmpty();
    }

    @Test
    void calculateTakeHome() throws ApiException {
        TakeHomeQuery query = new TakeHomeQuery().regionCode(BEIJING).taxYear(2026).firstMonth(1)
                .monthlyGross(new BigDecimal("20000")).contributionBase(new BigDecimal("20000"))
                .housingFundEmployeeRate(new BigDecimal("0.12")).housingFundEmployerRate(new BigDecimal("0.12"));

        TakeHomeAnswerEnvelope answer = new SalaryApi(client).calculateTakeHome(query, false);

        assertThat(answer.getResult().getMonths()).hasSize(12);
        assertThat(answer.getResult().getAnnual()).isNotNull();
    }

    @Test
    void getState() throws ApiException {
        StateAnswer state = new StateApi(client).getState();

        assertThat(state.getCaughtUp()).isTrue();
        assertThat(state.getEntries()).isNotEmpty();
    }

    @Test
    void ping() throws ApiException {
        assertThat(new StateApi(client).ping().getStatus()).isNotBlank();
    }

    private static ContributionQuery beijingEmployee(BigDecimal wage) {
        return new ContributionQuery().regionCode(BEIJING).participantType(ParticipantType.EMPLOYEE).month(JULY_2025)
                .wage(wage);
    }

    private static AdjustmentQuery adjustment(AdjustmentQueryMonth month) {
        return new AdjustmentQuery().regionCode(BEIJING).participantType(ParticipantType.EMPLOYEE)
                .months(List.of(month));
    }

    private static ContributionBillLine line(ContributionAnswerEnvelope envelope, InsuranceType insurance) {
        return envelope.getResult().getLines().stream().filter(line -> line.getInsurance() == insurance).findFirst()
                .orElseThrow(() -> new AssertionError("no " + insurance + " line"));
    }

    /** The problem+json answer of a call that must fail with {@code status}, read as the typed Problem. */
    static Problem problem(ThrowingCall call, int status) {
        ApiException failure = catchThrowableOfType(ApiException.class, call::run);
        assertThat(failure).as("the call must fail with " + status).isNotNull();
        assertThat(failure.getCode()).as(failure.getResponseBody()).isEqualTo(status);
        assertThat(failure.getResponseHeaders().get("Content-Type")).anyMatch(type ->
                type.startsWith("application/problem+json"));
        return JSON.deserialize(failure.getResponseBody(), Problem.class);
    }

    interface ThrowingCall {
        void run() throws ApiException;
    }
}
