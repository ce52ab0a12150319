package org.shebao.policyservice.api;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A CSV of bases and rates read into a change set: the request to import (one item per region × period, in the order
 * of the file; {@code null} where an element could not be drafted) and the dry run of each item, with the file's own
 * problems by row and column.
 */
@Schema(description = "A CSV import read into a change-set request, and its dry run")
public record CsvImportView(JsonNode request, ChangeSetValidationView validation) {
}
