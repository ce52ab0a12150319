package org.shebao.policyservice.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.shebao.contract.Region;
import org.shebao.policyservice.api.AuditEntryView;
import org.shebao.policyservice.mapping.JsonCodec;
import org.shebao.policyservice.mapping.PolicyVersionMapper;
import org.shebao.policyservice.model.AuditedState;
import org.shebao.policyservice.model.AuditedState.End;
import org.shebao.policyservice.model.AuditedState.RegionState;
import org.shebao.policyservice.model.AuditedState.Status;
import org.shebao.policyservice.model.AuditedState.VersionState;
import org.shebao.policyservice.service.AuditService;

/**
 * Audit entries as the API shows them: a status or an end date as a JSON string, a region or a version as its view.
 */
@ApplicationScoped
public class AuditMapper {

    @Inject
    PolicyVersionMapper versions;

    @Inject
    JsonCodec json;

    public AuditEntryView toView(AuditService.Entry e) {
        return new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                toView(e.before()), toView(e.after()), e.detail());
    }

    private JsonNode toView(AuditedState state) {
        if (state == null) {
            return null;
        }
        if (state instanceof Status status) {
            return TextNode.valueOf(status.status());
        }
        if (state instanceof End end) {
            return json.tree(end.effectiveTo());
        }
        if (state instanceof RegionState r) {
            return json.tree(new Region(r.code(), r.name(), r.level(), r.parentCode(),
                    r.socialInsuranceYearStartMonth()));
        }
        return json.tree(versions.toView((VersionState) state));
    }
}
