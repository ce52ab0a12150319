package org.shebao.contract;

import org.shebao.contract.payload.CarryForwardPolicy;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.HousingFundRule;
import org.shebao.contract.payload.IncomeTaxPolicy;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.PensionPolicy;
import org.shebao.contract.payload.PolicyPayload;
import org.shebao.contract.payload.ResidentMedicalPolicy;

/** The kinds of policy a region publishes; each has its own payload type and its own timeline. */
public enum PolicyKind {
    /** 社保缴费: bases, rates and fixed amounts per participant type and insurance. */
    CONTRIBUTION(ContributionPolicy.class),
    /** 城乡居民医保: annual individual fees and waiting periods. */
    RESIDENT_MEDICAL(ResidentMedicalPolicy.class),
    /** 医保待遇: deductibles, reimbursement bands, caps, 大病保险, 异地就医 reductions, lifetime eligibility. */
    MEDICAL_BENEFIT(MedicalBenefitPolicy.class),
    /** 养老金计发: 计发基数, transitional coefficient, formula variant, 计发月数. */
    PENSION(PensionPolicy.class),
    /** 办事指南: materials, channels and validity per procedure. */
    GUIDE(GuidePolicy.class),
    /** 暂按上年度执行: which kinds keep applying past their period until the next publication, and how long. */
    CARRY_FORWARD(CarryForwardPolicy.class),
    /** 个人所得税 on wages: 基本减除费用, rate tables, 专项附加扣除, caps; national. */
    INCOME_TAX(IncomeTaxPolicy.class),
    /** 住房公积金: base bounds, the rate ranges employer and employee choose from, rounding; per city, own year. */
    HOUSING_FUND(HousingFundRule.class);

    private final Class<? extends PolicyPayload> payloadType;

    PolicyKind(Class<? extends PolicyPayload> payloadType) {
        this.payloadType = payloadType;
    }

    public Class<? extends PolicyPayload> payloadType() {
        return payloadType;
    }
}
