package org.shebao.calcservice.calc;

import java.time.LocalDate;

import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.AnnuityAgeRule;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.PensionPolicy;

/** National policy versions as the data set publishes them (deploy/data/policies/100000-national). */
public final class National {

    private static final String DIRECTORY = "100000-national";
    private static final LocalDate IN_FORCE = LocalDate.of(2025, 7, 1);

    private National() {
    }

    /** The 计发月数 table (国发〔2005〕38号 附件), read with the given rule for ages with months. */
    public static SourcedPolicy<PensionPolicy> annuityTable(AnnuityAgeRule rule) {
        SourcedPolicy<PensionPolicy> published = PolicyData.inForce(DIRECTORY, PolicyKind.PENSION, IN_FORCE);
        PensionPolicy p = published.payload();
        return SourcedPolicy.of(published.ref(), new PensionPolicy(p.calculationBase(), p.calculationBaseYear(),
                p.aValueIndexThreshold(), p.transitionalCoefficient(), p.transitionalFormula(), p.transitionalYears(),
                p.transitionalIndex(), p.personalAccountStart(), p.contributionYearsRounding(), p.amountRounding(),
                p.components(), p.annuityMonths(), rule, p.caveats()));
    }

    /** 医保发〔2022〕22号: the maximum 异地就医 reductions and the rules for unfiled care. */
    public static SourcedPolicy<MedicalBenefitPolicy> outOfAreaMaxima() {
        return PolicyData.inForce(DIRECTORY, PolicyKind.MEDICAL_BENEFIT, IN_FORCE);
    }
}
