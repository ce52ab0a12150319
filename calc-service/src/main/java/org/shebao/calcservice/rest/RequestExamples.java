package org.shebao.calcservice.rest;

/**
 * The request examples of the API document. Each one is answered with 200 on the data set (deploy/contract-test replays them), so the
 * document never shows a request that does not work; the answer example of its operation is that answer
 * ({@code openapi/answers/}, compared in OpenApiDocumentTest).
 */
final class RequestExamples {

    static final String CONTRIBUTION = """
            {"regionCode": "110000", "participantType": "EMPLOYEE", "month": "2025-07", "wage": 10000}""";

    /** Two bills, then lines a single request would answer with 422, 404 and 400: a batch answers them all. */
    static final String CONTRIBUTION_BATCH = """
            {"regionCode":"110000","participantType":"EMPLOYEE","month":"2025-07","wage":10000}
            {"regionCode":"310000","participantType":"FLEXIBLE","month":"2025-07","wage":7460}
            {"regionCode":"110000","participantType":"EMPLOYEE","month":"2023-07","wage":10000}
            {"regionCode":"999999","month":"2025-07","wage":10000}
            {"regionCode":"110000","month":"2025-07","wage":"lots"}
            not json
            """;

    /** What was paid stated each way: July by the version it was billed under, August by the amounts paid. */
    static final String ADJUSTMENT = """
            {"regionCode":"110000","participantType":"EMPLOYEE","months":[
              {"month":"2025-07","wage":7000,"paidUnderVersion":1},
              {"month":"2025-08","wage":7000,"paid":[{"insurance":"PENSION","employer":1120,"employee":560}]}]}""";

    static final String PENSION = """
            {"regionCode":"440100","category":"MALE","birthMonth":"1965-05","contributionYears":35,
             "averageIndex":1.0,"personalAccountBalance":200000}""";

    static final String PROJECTION = """
            {"regionCode": "440100", "category": "MALE", "birthMonth": "1980-03", "currentWage": 12000, "averageIndex": 1.0,
             "currentBalance": 80000, "contributionYears": 20, "annualWageGrowth": 0.03, "annualAccountInterest": 0.025}""";

    static final String REIMBURSEMENT = """
            {"insuredRegionCode": "110000", "treatmentRegionCode": "310000", "scheme": "EMPLOYEE",
             "memberStatus": "IN_SERVICE", "hospitalLevel": 3, "visitType": "INPATIENT", "admissionNumberThisYear": 1,
             "costs": {"classA": 20000, "classB": 0, "selfPay": 2000}, "filing": "REFERRAL", "fundPaidThisYear": 0,
             "personalBurdenThisYear": 0, "assistanceStatus": "NONE", "date": "2025-08-15",
             "policyOverride": {"schedules": [{"scheme": "EMPLOYEE", "memberStatus": "IN_SERVICE",
               "inpatient": {"levels": [{"hospitalLevel": 3, "deductibleFirstAdmission": 1300,
                 "bands": [{"from": 0, "rate": 0.85}]}], "annualFundCap": 500000}, "classBSelfPayShare": 0.1}],
               "outOfArea": {"reductionPoints": {"REFERRAL": 0.10, "EMERGENCY": 0.10, "TEMPORARY_OTHER": 0.20,
                 "LONG_TERM_RESIDENCE": 0}}}}""";

    static final String RESIDENT_QUOTE = """
            {"regionCode": "341200", "coverageYear": 2025, "members": [{"category": "ADULT", "count": 3}],
             "enrolledInWindow": false, "brokenYears": 2, "repairedYears": 0, "newborn": false}""";

    static final String TAKE_HOME = """
            {"regionCode": "110000", "taxYear": 2026, "firstMonth": 1, "monthlyGross": 20000, "contributionBase": 20000,
             "housingFundEmployeeRate": 0.12, "housingFundEmployerRate": 0.12}""";

    private RequestExamples() {
    }
}
