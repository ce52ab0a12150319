package org.shebao.calcservice.calc.pension;

import org.shebao.calcservice.calc.retirement.CategoryResolution;

/** A projection with the retirement category it was made for. */
public record ProjectionEstimate(ProjectionResult projection, CategoryResolution.Resolved category) {
}
