// One call per calc-service operation through openapi-fetch typed by the pinned document, asserting typed fields.
import assert from "node:assert/strict";
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/calc-service.js";
import { check, env } from "./harness.js";

type Schemas = components["schemas"];
const calc = createClient<paths>({ baseUrl: env("CALC_URL") });

const beijingJuly = (wage: number): Schemas["ContributionQuery"] => ({
  regionCode: "110000",
  participantType: "EMPLOYEE",
  month: "2025-07",
  wage,
});

check("calc calculateContribution", async () => {
  const { data, response } = await calc.POST("/api/v1/contributions", { body: beijingJuly(10000) });
  assert.ok(data, `status ${response.status}`);
  assert.ok(response.headers.get("Policy-Revision"));
  assert.equal(data.result.regionCode, "110000");
  const pension = data.result.lines?.find((line) => line.insurance === "PENSION");
  assert.ok((pension?.employeeAmount ?? 0) > 0);
  assert.ok((data.policies[0]?.version ?? 0) > 0);
});

check("calc calculateContributionBatch", async () => {
  const ndjson = [beijingJuly(10000), beijingJuly(20000)].map((query) => JSON.stringify(query)).join("\n") + "\n";
  const { data, response } = await calc.POST("/api/v1/contributions/batch", {
    body: ndjson,
    bodySerializer: (body) => body,
    headers: { "Content-Type": "application/x-ndjson" },
    parseAs: "text",
  });
  assert.ok(data, `status ${response.status}`);
  const lines = data.split("\n").filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Schemas["ContributionBatchLine"]);
  assert.equal(lines.length, 3);
  const second = lines[1];
  assert.ok(second && "result" in second && (second.result.totals?.employee ?? 0) > 0);
  const summary = lines[2];
  assert.ok(summary && "lines" in summary && summary.lines === 2 && summary.failed === 0);
});

// Beijing's first CONTRIBUTION version of the data set billed July 2025 before the 2025 bases were published back
// to July: the 补差 stated as that version, and as the amounts that bill came to (read from the first answer).
check("calc calculateAdjustment stated each way, as a hand-written call", async () => {
  const adjustment = (month: Schemas["AdjustmentQueryMonth"]): Schemas["AdjustmentQuery"] => ({
    regionCode: "110000", participantType: "EMPLOYEE", months: [month],
  });
  const byVersion = adjustment({ month: "2025-07", wage: 7000, paidUnderVersion: 1 });
  const first = await calc.POST("/api/v1/contributions/adjustments", { body: byVersion });
  assert.ok(first.data, `status ${first.response.status}`);
  const paid: Schemas["PaidLine"][] = (first.data.result.months?.[0]?.lines ?? []).map((line) => ({
    // Unknown (null) amounts are left out: the request has no null.
    insurance: line.insurance, employer: line.employerPaid ?? undefined, employee: line.employeePaid ?? undefined,
  }));
  const byAmounts = adjustment({ month: "2025-07", wage: 7000, paid });
  const owed: (number | null | undefined)[] = [];
  for (const body of [byVersion, byAmounts]) {
    const { data } = await calc.POST("/api/v1/contributions/adjustments", { body });
    assert.ok(data);
    owed.push(data.result.totals?.employee);
    const handWritten = await fetch(`${env("CALC_URL")}/api/v1/contributions/adjustments`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    assert.equal(handWritten.status, 200);
    const raw = (await handWritten.json()) as { result: { totals: { employee: number } } };
    assert.equal(raw.result.totals.employee, data.result.totals?.employee);
  }
  assert.ok((owed[0] ?? 0) > 0);
  assert.equal(owed[0], owed[1]);
});

check("calc calculateAdjustment stating both ways is a 400 Problem", async () => {
  const { error, response } = await calc.POST("/api/v1/contributions/adjustments", {
    body: {
      regionCode: "110000", participantType: "EMPLOYEE",
      months: [{ month: "2025-07", wage: 9000, paid: [{ insurance: "PENSION", employer: 1120, employee: 560 }],
        paidUnderVersion: 1 }],
    },
  });
  assert.equal(response.status, 400);
  assert.ok(error);
  assert.equal(error.type, "urn:shebao:problem:invalid-request");
  assert.ok(error.violations?.some((violation) => violation.field.includes("paid")));
});

check("calc unknown region is a Problem", async () => {
  const { error, response } = await calc.POST("/api/v1/contributions", {
    body: { ...beijingJuly(10000), regionCode: "999999" },
  });
  assert.equal(response.status, 404);
  assert.equal(error?.type, "urn:shebao:problem:unknown-region");
});

check("calc getRetirementAge", async () => {
  const { data } = await calc.GET("/api/v1/retirement-age", {
    params: { query: { birthMonth: "1965-05", category: "MALE", regionCode: "440100" } },
  });
  assert.ok(data);
  assert.match(data.result.retirementMonth ?? "", /^\d{4}-\d{2}$/);
});

check("calc estimatePension", async () => {
  const { data } = await calc.POST("/api/v1/pensions/estimate", {
    body: { regionCode: "440100", category: "MALE", birthMonth: "1965-01", retirementMonth: "2025-07",
      contributionYears: 35, averageIndex: 1.0, personalAccountBalance: 200000 },
  });
  assert.ok((data?.result.total ?? 0) > 0);
});

check("calc projectPension", async () => {
  const { data } = await calc.POST("/api/v1/pensions/projection", {
    body: { regionCode: "440100", category: "MALE", birthMonth: "1980-03", currentWage: 12000, averageIndex: 1.0,
      currentBalance: 80000, contributionYears: 20, annualWageGrowth: 0.03, annualAccountInterest: 0.025 },
  });
  assert.ok(data);
  assert.equal(data.result.regionCode, "440100");
});

check("calc calculateReimbursement", async () => {
  const { data } = await calc.POST("/api/v1/medical/reimbursements", {
    body: { insuredRegionCode: "110000", treatmentRegionCode: "310000", scheme: "EMPLOYEE",
      memberStatus: "IN_SERVICE", hospitalLevel: 3, visitType: "INPATIENT", admissionNumberThisYear: 1,
      costs: { classA: 20000, classB: 0, selfPay: 2000 }, filing: "REFERRAL", fundPaidThisYear: 0,
      date: "2025-07-15" },
  });
  assert.ok((data?.result.fundPayment ?? 0) > 0);
});

check("calc quoteResidentMedical", async () => {
  const { data } = await calc.POST("/api/v1/resident-medical/quote", {
    body: { regionCode: "341200", coverageYear: 2025, members: [{ category: "ADULT", count: 3 }],
      enrolledInWindow: false, brokenYears: 2, repairedYears: 0, newborn: false },
  });
  assert.ok((data?.result.total ?? 0) > 0);
});

check("calc getMedicalEligibility", async () => {
  const { data } = await calc.GET("/api/v1/medical/eligibility", {
    params: { query: { regionCode: "440100", gender: "MALE", cumulativeMonths: 300, localMonths: 100,
      retirementMonth: "2031-07" } },
  });
  assert.ok(data);
  assert.equal(data.result.regionCode, "440100");
});

check("calc getPersonalAccountCredit", async () => {
  const { data } = await calc.GET("/api/v1/medical/personal-account", {
    params: { query: { regionCode: "110000", memberStatus: "IN_SERVICE", base: 10000 } },
  });
  assert.ok(data);
  assert.equal(data.result.memberStatus, "IN_SERVICE");
});

check("calc getOutOfAreaGuide", async () => {
  const { data } = await calc.GET("/api/v1/medical/out-of-area-guide", {
    params: { query: { insuredRegionCode: "110105", treatmentRegionCode: "310000", situation: "REFERRAL" } },
  });
  assert.ok(data);
  assert.equal(data.result.situation, "REFERRAL");
});

check("calc listGuides", async () => {
  const { data } = await calc.GET("/api/v1/guides", {
    params: { query: { regionCode: "440106", procedure: "ENROLMENT" } },
  });
  assert.ok((data?.result.procedures?.length ?? 0) > 0);
});

check("calc calculateTakeHome", async () => {
  const { data } = await calc.POST("/api/v1/salary/take-home", {
    body: { regionCode: "110000", taxYear: 2026, firstMonth: 1, monthlyGross: 20000, contributionBase: 20000,
      housingFundEmployeeRate: 0.12, housingFundEmployerRate: 0.12 },
  });
  assert.ok(data);
  assert.equal(data.result.months?.length, 12);
});

check("calc getState", async () => {
  const { data } = await calc.GET("/api/v1/state");
  assert.ok(data?.caughtUp && (data.entries?.length ?? 0) > 0);
});

check("calc ping", async () => {
  const { data } = await calc.GET("/api/v1/ping");
  assert.ok((data?.status?.length ?? 0) > 0);
});
