package org.shebao.contract.payload;

/**
 * Why someone is treated outside the insured region (医保发〔2022〕22号 第7条): the three 异地长期居住 situations share one
 * filing type but may need different proof of residence or work, the three 临时外出 situations are filing types of their
 * own.
 */
public enum OutOfAreaSituation {
    /** 异地安置退休人员 */
    RETIREE_RESETTLEMENT(FilingType.LONG_TERM_RESIDENCE),
    /** 异地长期居住人员 */
    LONG_TERM_RESIDENCE(FilingType.LONG_TERM_RESIDENCE),
    /** 常驻异地工作人员 */
    RESIDENT_WORKER(FilingType.LONG_TERM_RESIDENCE),
    /** 异地转诊人员 */
    REFERRAL(FilingType.REFERRAL),
    /** 异地急诊抢救人员: counts as filed */
    EMERGENCY(FilingType.EMERGENCY),
    /** 其他临时外出就医人员 (非急诊且未转诊) */
    TEMPORARY_OTHER(FilingType.TEMPORARY_OTHER);

    private final FilingType filingType;

    OutOfAreaSituation(FilingType filingType) {
        this.filingType = filingType;
    }

    /** The filing this situation is filed as. */
    public FilingType filingType() {
        return filingType;
    }
}
