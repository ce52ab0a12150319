package org.shebao.calcservice.calc;

/**
 * The stable codes of what an answer says about its figures (状态代码). Clients branch on the code, never on the text.
 * A {@link Kind#CAVEAT} says what the cited policy's data cannot express; a {@link Kind#WARNING} says what the caller
 * must know about this answer or its request. A code is also the {@code reason} of an unknown figure. Codes are only
 * ever added; each is documented in the API guide (§4.3).
 */
public enum StatusCode {

    /** A cited version's figures come from third-party material, not an official text. */
    POLICY_NOT_OFFICIAL(Kind.WARNING),
    /** A cited version's figures are estimates derived from other published figures. */
    POLICY_ESTIMATED(Kind.WARNING),
    /** A cited version's period has ended and it is used until its successor is published (暂按上年度, 补差 later). */
    POLICY_CARRIED_FORWARD(Kind.WARNING),
    /** The caller's own payload replaced the published policy (what-if). */
    CALLER_SUPPLIED_POLICY(Kind.WARNING),
    /** An input the policy gives no use for was ignored. */
    INPUT_IGNORED(Kind.WARNING),
    /** The retirement month lies outside the statutory flexible window. */
    OUTSIDE_FLEXIBLE_WINDOW(Kind.WARNING),
    /** The contribution years are below the minimum for a monthly pension. */
    BELOW_MINIMUM_YEARS(Kind.WARNING),
    /** A projection scenario could not be projected (month past, window closed, minimum years not reached). */
    SCENARIO_NOT_PROJECTED(Kind.WARNING),
    /** The 计发基数 of the retirement year is not published: it is projected from the latest by a stated growth. */
    BASE_PROJECTED(Kind.WARNING),
    /** Care outside the insured region was not filed; the amounts assume a filing or a manual claim. */
    NOT_FILED(Kind.WARNING),
    /** The annual outpatient deductible was applied in full: earlier spending toward it is not known. */
    OUTPATIENT_DEDUCTIBLE_ASSUMED(Kind.WARNING),
    /** Exactly the stated years: the rule requires more than them. */
    STRICTLY_MORE_REQUIRED(Kind.WARNING),
    /** A figure needs a request input that was not given: it is null and named in {@code unknown}. */
    INPUT_NOT_GIVEN(Kind.WARNING),
    /** The region counts the years before personal accounts; only deemedYears was given and is used for them. */
    DEEMED_YEARS_USED(Kind.WARNING),
    /** Annual bands were applied as if nothing was spent earlier in the year: the year's eligible cost is not known. */
    ANNUAL_POSITION_ASSUMED(Kind.WARNING),
    /** Whether the enrolment was in the window or continuous is not known: the waiting period is given per case. */
    WAITING_PERIOD_BY_CASE(Kind.WARNING),
    /** Retirees' 个人账户 credit depends on age and no age was given: the credit is given per age band. */
    CREDIT_BY_AGE(Kind.WARNING),

    /** A rate is not published in the cited version: the amounts and totals that need it are unknown. */
    RATE_NOT_PUBLISHED(Kind.CAVEAT),
    /** 灵活就业 women: the region does not say which original age applies; the national default (55) was used. */
    FLEXIBLE_CATEGORY_ASSUMED(Kind.CAVEAT),
    /** Whether the region permits 一次性缴费 to reach the minimum years is not known. */
    LUMP_SUM_NOT_KNOWN(Kind.CAVEAT),
    /** No contribution base bounds are known for a projection: the wage is credited as given, unclamped. */
    BOUNDS_NOT_KNOWN(Kind.CAVEAT),
    /** The cited version publishes a range but no default employer rate; the caller must give one. */
    NO_DEFAULT_RATE(Kind.CAVEAT),
    /** The cited version publishes no crediting rate for a personal account. */
    ACCOUNT_RATE_NOT_PUBLISHED(Kind.CAVEAT),
    /** No fixed monthly 个人账户 credit for retirees is published for the region. */
    ACCOUNT_CREDIT_NOT_PUBLISHED(Kind.CAVEAT),
    /** The cited version publishes no housing-fund rule. */
    NO_HOUSING_FUND_RULE(Kind.CAVEAT),
    /** The fees are national minimums; local fees may be higher. */
    NATIONAL_MINIMUM_FEES(Kind.CAVEAT),
    /** The cited version publishes no 大病保险 terms for the case; standard terms or none apply. */
    NO_SERIOUS_ILLNESS_TERMS(Kind.CAVEAT),
    /** The insured region publishes no 异地就医 reduction for the filing; the national maximum was used. */
    NATIONAL_REDUCTION_USED(Kind.CAVEAT),
    /** The insured region's 省内 rule is not known: the ratio and the payments that need it are unknown. */
    WITHIN_PROVINCE_RULE_UNKNOWN(Kind.CAVEAT),
    /** The cited version publishes no 职工大额医疗费用补助 although the fund's cap is reached; none is included. */
    NO_LARGE_EXPENSE_TERMS(Kind.CAVEAT),
    /** The cited version states no fund cap as an amount: the fund payment assumes it is not reached. */
    FUND_CAP_UNKNOWN(Kind.CAVEAT),
    /** The cited version states no continuity rule for a switch between 职工医保 and 居民医保. */
    NO_CONTINUITY_RULE(Kind.CAVEAT),
    /** No rule on unfiled care is published. */
    NO_UNFILED_CARE_RULE(Kind.CAVEAT),
    /** No GUIDE documents the procedure: materials and channels are not listed. */
    PROCEDURE_NOT_DOCUMENTED(Kind.CAVEAT),
    /** A province's figures are one city's band (湖北 一档); the asked city's own bounds may differ. */
    FIGURES_OF_ANOTHER_CITY(Kind.CAVEAT),
    /** No regional guide documents a procedure: the national one is given (the region may ask for more). */
    NATIONAL_GUIDE_USED(Kind.CAVEAT),
    /** A local pension part the region pays has no formula in the data: its amount and the total are unknown. */
    COMPONENT_NOT_MODELLED(Kind.CAVEAT),
    /** The city's table holds no inpatient terms for the hospital level asked: deductible, ratio and payments unknown. */
    LEVEL_NOT_PUBLISHED(Kind.CAVEAT),
    /** No 过渡性养老金 formula is published; a stated one was assumed. */
    TRANSITIONAL_FORMULA_ASSUMED(Kind.CAVEAT),
    /** The cited version does not say which years 过渡性养老金 counts; 视同缴费年限 only were counted. */
    TRANSITIONAL_YEARS_ASSUMED(Kind.CAVEAT),
    /** The cited version does not say which index 过渡性养老金 uses; the average index was used. */
    TRANSITIONAL_INDEX_ASSUMED(Kind.CAVEAT);

    /** Where a code is listed in the answer. */
    public enum Kind {
        WARNING, CAVEAT
    }

    private final Kind kind;

    StatusCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
