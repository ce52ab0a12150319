package org.shebao.policyservice.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The revision calc-service holds for one (region, kind) timeline, as its {@code GET /api/v1/state} reports it.
 *
 * @param revision null while calc-service holds nothing for the timeline
 */
@Schema(description = "The revision calc-service holds for one (region, kind)")
public record CalcRevisionView(@Schema(examples = "policy/110000/CONTRIBUTION") String key, Long revision,
        boolean caughtUp, String calcServiceUrl) {
}
