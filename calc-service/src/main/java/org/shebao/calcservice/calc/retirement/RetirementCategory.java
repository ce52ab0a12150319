package org.shebao.calcservice.calc.retirement;

/**
 * The three groups of the 2024 decision, by their original statutory retirement age (原法定退休年龄).
 */
public enum RetirementCategory {
    /** 男职工: 60 → 63, one month per four. */
    MALE(60, 4, 36),
    /** 原法定退休年龄为五十五周岁的女职工: 55 → 58, one month per four. */
    FEMALE_55(55, 4, 36),
    /** 原法定退休年龄为五十周岁的女职工: 50 → 55, one month per two. */
    FEMALE_50(50, 2, 60);

    private final int originalAge;
    private final int monthsPerDelayMonth;
    private final int maximumDelayMonths;

    RetirementCategory(int originalAge, int monthsPerDelayMonth, int maximumDelayMonths) {
        this.originalAge = originalAge;
        this.monthsPerDelayMonth = monthsPerDelayMonth;
        this.maximumDelayMonths = maximumDelayMonths;
    }

    /** 原法定退休年龄, in years. */
    public int originalAge() {
        return originalAge;
    }

    /** "每四个月延迟一个月" (4) or "每二个月延迟一个月" (2). */
    public int monthsPerDelayMonth() {
        return monthsPerDelayMonth;
    }

    /** The full delay once phased in: 3 years (to 63 / 58) or 5 years (to 55). */
    public int maximumDelayMonths() {
        return maximumDelayMonths;
    }
}
