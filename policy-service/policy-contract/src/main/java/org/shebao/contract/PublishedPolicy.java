package org.shebao.contract;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.payload.PolicyPayload;

/**
 * One published version of a region's policy of one kind, as carried in events and held by calculators.
 *
 * @param version           number of this version within its (region, kind), in order of creation
 * @param effectiveFrom     first day the version applies (inclusive)
 * @param effectiveTo       first day it no longer applies (exclusive); {@code null} while open-ended. A later publication
 *                          that starts inside an open-ended version ends it there.
 * @param publishedRevision revision of the (region, kind) timeline at which this version was published; among versions
 *                          covering a date, the highest wins
 */
@Schema(description = "A published policy version")
public record PublishedPolicy(
        String regionCode,
        PolicyKind kind,
        int version,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Instant publishedAt,
        long publishedRevision,
        Confidence confidence,
        PolicySource source,
        LocalDate lastReviewed,
        String note,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "kind", visible = true)
        PolicyPayload payload) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }
}
