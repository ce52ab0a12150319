package org.shebao.policyservice.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dry run of an import: what {@code POST /api/v1/change-sets} would do with each item, and every problem of each
 * item (not only the first of the request), by the same validation. Nothing is written.
 *
 * @param valid    whether the import would be accepted: no problem of the set, no INVALID item
 * @param problems problems of the set itself ({@code title}, {@code items})
 */
@Schema(description = "What an import would do, item by item, without writing anything")
public record ChangeSetValidationView(
        @Schema(required = true) boolean valid,
        @Schema(required = true) List<Problem> problems,
        @Schema(required = true) List<Item> items) {

    @Schema(name = "ChangeSetValidationOutcome")
    public enum Outcome {
        /** would be drafted */
        NEW,
        /** identical to a published version: would not be drafted again */
        UNCHANGED,
        /** see its problems */
        INVALID
    }

    /**
     * One item of the request, named as far as it can be read.
     *
     * @param index position in the request's {@code items}
     */
    @Schema(name = "ChangeSetValidationItem", description = "One item of the import and its problems")
    public record Item(@Schema(required = true) int index, String regionCode, String kind, String effectiveFrom,
            String effectiveTo, @Schema(required = true) Outcome outcome,
            @Schema(required = true) List<Problem> problems) {
    }

    /** One problem, in the shape of a problem's {@code violations}: the field by its path in the request. */
    @Schema(name = "ChangeSetValidationProblem")
    public record Problem(@Schema(required = true, examples = "items[1].payload.participants[EMPLOYEE].lines[0].employeeRate") String field,
            @Schema(required = true) String message) {
    }
}
