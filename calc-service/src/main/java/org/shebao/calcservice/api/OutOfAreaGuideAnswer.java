package org.shebao.calcservice.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.guide.GuideStep;
import org.shebao.calcservice.calc.guide.OutOfAreaGuide;
import org.shebao.contract.CareScope;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.OutOfAreaSituation;

/** 异地就医 guidance: the scope of the care, the filing and its rules, the expected ratio change, the manual claim. */
@Schema(description = "Out-of-area care guidance (异地就医)")
public record OutOfAreaGuideAnswer(
        String insuredRegionCode,
        String treatmentRegionCode,
        OutOfAreaSituation situation,
        LocalDate date,
        CareScope scope,
        String insuredPoolingAreaCode,
        String treatmentPoolingAreaCode,
        FilingType filingType,
        boolean filingRequired,
        GuideStep.Rule directSettlement,
        GuideStep filing,
        OutOfAreaGuide.RatioChange expectedRatioChange,
        GuideStep manualClaim) {

    public static OutOfAreaGuideAnswer of(OutOfAreaGuide guide) {
        return new OutOfAreaGuideAnswer(guide.insuredRegionCode(), guide.treatmentRegionCode(), guide.situation(),
                guide.date(), guide.scope(), guide.insuredPoolingAreaCode(), guide.treatmentPoolingAreaCode(),
                guide.filingType(), guide.filingRequired(), guide.directSettlement(), guide.filing(),
                guide.expectedRatioChange(), guide.manualClaim());
    }
}
