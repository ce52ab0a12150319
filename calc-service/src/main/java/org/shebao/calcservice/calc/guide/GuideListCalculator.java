package org.shebao.calcservice.calc.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.contract.Region;
import org.shebao.contract.payload.GuideProcedure;
import org.shebao.contract.payload.ProcedureType;

/**
 * The procedures of one type a region's guides document, nearest guide first: a variant (participant type, scheme,
 * 户籍, filing type, situation, scopes) documented by the region or a province or city above it hides the nation's.
 */
public final class GuideListCalculator {

    /** The procedures found, each saying whether it is REGIONAL or NATIONAL; empty (with a caveat) when none is. */
    public record GuideList(String regionCode, ProcedureType procedure, List<GuideStep> procedures,
            Status.Report status) {
    }

    private GuideListCalculator() {
    }

    /** @param guides the region's GUIDE versions along its chain, nearest first */
    public static GuideList list(String regionCode, ProcedureType type, List<GuideVersion> guides) {
        Status status = new Status();
        Set<List<Object>> variants = new HashSet<>();
        List<GuideStep> steps = new ArrayList<>();
        boolean national = false;
        for (GuideVersion version : guides) {
            for (GuideProcedure p : version.guide().procedures()) {
                if (p.procedure() == type && variants.add(variant(p))) {
                    steps.add(GuideStep.of(version, p));
                    national |= version.source() == GuideSource.NATIONAL;
                }
            }
        }
        if (steps.isEmpty()) {
            status.add(StatusCode.PROCEDURE_NOT_DOCUMENTED, "procedures", "没有 GUIDE 说明 " + type + " 的办理流程",
                    "no GUIDE documents " + type);
        } else if (national && !Objects.equals(regionCode, Region.NATION)) {
            status.add(StatusCode.NATIONAL_GUIDE_USED, "procedures", regionCode + " 及其上级地区未公布部分 " + type
                    + " 的办理指南；这些按国家规定说明（source = NATIONAL），参保地可能另有要求", regionCode + " and the regions"
                    + " above it publish no guide for some " + type + " variants; those are the national ones (source ="
                    + " NATIONAL), and the region may ask for more");
        }
        return new GuideList(regionCode, type, List.copyOf(steps), status.report());
    }

    private static List<Object> variant(GuideProcedure p) {
        return Arrays.asList(p.participantType(), p.scheme(), p.nonLocalHukou(), p.filingType(),
                p.situation(), p.scopes());
    }
}
