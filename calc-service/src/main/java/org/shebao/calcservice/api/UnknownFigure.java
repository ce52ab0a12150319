package org.shebao.calcservice.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.StatusCode;

/**
 * A figure of the result that is null because it cannot be known.
 *
 * @param field  its path inside {@code result}, e.g. {@code totals.employer}, {@code lines[1].employerAmount}
 * @param reason the code that explains it; the caveat or warning with that code gives the words
 */
@Schema(description = "A figure that is unknown, and why")
public record UnknownFigure(String field, StatusCode reason) {
}
