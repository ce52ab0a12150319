package org.shebao.calcservice.calc.guide;

import java.util.Objects;

import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.contract.Region;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.GuideProcedure;

/**
 * A GUIDE version as the guidance answers read it: its procedures, and its own source as the citation of items that
 * carry none (guides written before per-item citations).
 */
public record GuideVersion(PolicyRef ref, GuidePolicy guide, GuideProcedure.Citation versionSource) {

    public GuideVersion {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(guide, "guide");
    }

    /** NATIONAL for the nation's guide, REGIONAL for a province's, city's or district's own. */
    public GuideSource source() {
        return Region.NATION.equals(ref.regionCode()) ? GuideSource.NATIONAL : GuideSource.REGIONAL;
    }
}
