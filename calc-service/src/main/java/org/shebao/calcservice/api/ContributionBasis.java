package org.shebao.calcservice.api;

/** What a bill was computed on: the 上年度月平均工资 the law bases contributions on, or a 缴费基数 the caller gave. */
public enum ContributionBasis {
    WAGE,
    BASE
}
