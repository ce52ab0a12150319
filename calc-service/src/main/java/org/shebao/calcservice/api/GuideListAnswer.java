package org.shebao.calcservice.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.guide.GuideListCalculator.GuideList;
import org.shebao.calcservice.calc.guide.GuideStep;
import org.shebao.contract.payload.ProcedureType;

/** The procedures of one type for a region, each from the nearest guide that documents it. */
@Schema(description = "Procedures of one type for a region")
public record GuideListAnswer(String regionCode, ProcedureType procedure, List<GuideStep> procedures) {

    public static GuideListAnswer of(GuideList list) {
        return new GuideListAnswer(list.regionCode(), list.procedure(), list.procedures());
    }
}
