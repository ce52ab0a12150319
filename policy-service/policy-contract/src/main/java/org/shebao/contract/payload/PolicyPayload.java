package org.shebao.contract.payload;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;

/**
 * The typed content of a policy version. Which type a JSON payload is read as is given by the {@code kind} beside it.
 */
@JsonSubTypes({
        @JsonSubTypes.Type(value = ContributionPolicy.class, name = "CONTRIBUTION"),
        @JsonSubTypes.Type(value = ResidentMedicalPolicy.class, name = "RESIDENT_MEDICAL"),
        @JsonSubTypes.Type(value = MedicalBenefitPolicy.class, name = "MEDICAL_BENEFIT"),
        @JsonSubTypes.Type(value = PensionPolicy.class, name = "PENSION"),
        @JsonSubTypes.Type(value = GuidePolicy.class, name = "GUIDE"),
        @JsonSubTypes.Type(value = CarryForwardPolicy.class, name = "CARRY_FORWARD"),
        @JsonSubTypes.Type(value = IncomeTaxPolicy.class, name = "INCOME_TAX"),
        @JsonSubTypes.Type(value = HousingFundRule.class, name = "HOUSING_FUND")
})
public sealed interface PolicyPayload
        permits ContributionPolicy, ResidentMedicalPolicy, MedicalBenefitPolicy, PensionPolicy, GuidePolicy,
        CarryForwardPolicy, IncomeTaxPolicy, HousingFundRule {

    /**
     * What this version's data cannot express, said in every answer that cites it (a kind that states none has none).
     * May be null.
     */
    default List<String> caveats() {
        return List.of();
    }
}
