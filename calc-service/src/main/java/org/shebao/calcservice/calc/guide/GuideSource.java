package org.shebao.calcservice.calc.guide;

/** Whether a procedure comes from the region's own guide or from the national one. */
public enum GuideSource {
    /** the insured (or asked) region's own guide, or that of a province or city above it */
    REGIONAL,
    /** the nation's guide: no regional guide documents the procedure */
    NATIONAL
}
