package org.shebao.calcservice.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.PolicyPayload;

/** The policy a calculation runs on: the caller's what-if payload when given, else the published version in force. */
@ApplicationScoped
public class PolicySelector {

    @Inject
    PolicyResolver resolver;

    public <P extends PolicyPayload> SourcedPolicy<P> select(String regionCode, String regionField, PolicyKind kind,
            LocalDate date, P override, Usage usage) {
        @SuppressWarnings("unchecked")
        Class<P> type = (Class<P>) kind.payloadType();
        if (override != null) {
            resolver.chain(regionCode, regionField);
            return usage.callerSupplied(regionCode, kind, override);
        }
        return usage.use(resolver.resolve(regionCode, regionField, kind, date), type);
    }
}
