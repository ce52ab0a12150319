package org.shebao.calcservice.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyKind;

/**
 * A policy an answer rests on. {@code revision} is the revision of the (region, kind) timeline calc-service held; it
 * matches {@code GET /api/v1/state} and the {@code Policy-Revision} header. A caller-supplied policy (what-if) has no
 * version, revision or source and says so in {@code callerSupplied}.
 *
 * @param caveats what the version's data cannot express, as the version states it (absent when it states none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A policy version the answer used")
public record PolicyCitation(
        String regionCode,
        PolicyKind kind,
        Integer version,
        Long revision,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Confidence confidence,
        Source source,
        List<String> caveats,
        Boolean callerSupplied) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String documentNumber, String title, String url, LocalDate publishedOn) {
    }
}
