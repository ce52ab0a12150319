package org.shebao.contract;

/** Where care happens relative to the insured person's 统筹区 (pooling area). */
public enum CareScope {
    /** 本地就医: the treatment region lies in the insured region's 统筹区. */
    LOCAL,
    /** 省内异地就医: another 统筹区 of the same province; the insured province's 省内 rules apply. */
    WITHIN_PROVINCE,
    /** 跨省异地就医: another province; the insured region's 跨省 reductions, within the national maxima. */
    CROSS_PROVINCE
}
