package org.shebao.contracttest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shebao.localstack.ApiClient;

/**
 * Each service's live OpenAPI document is the one pinned in {@code docs/openapi}, compared as JSON trees. With
 * {@code -Dopenapi.update=true} the pinned file is rewritten from the live document instead, as long as the change is
 * additive: a breaking change (see {@link OpenApiDiff}) must come as a new version path next to the old one, so it
 * is refused unless {@code -Dopenapi.acceptBreaking=true} says it is deliberate (retiring a version).
 */
@ExtendWith(ContractSystem.class)
class PinnedDocumentsIT {

    private static final boolean UPDATE = Boolean.getBoolean("openapi.update");
    private static final boolean ACCEPT_BREAKING = Boolean.getBoolean("openapi.acceptBreaking");
    private static final String UPDATE_COMMAND = "mvn -B verify -pl deploy/contract-test -am -Dopenapi.update=true";

    @ParameterizedTest
    @ValueSource(strings = { PinnedDocuments.CALC_SERVICE, PinnedDocuments.POLICY_SERVICE })
    void theLiveDocumentIsThePinnedOne(String service, ContractSystem system) {
        ApiClient api = service.equals(PinnedDocuments.CALC_SERVICE) ? system.calcApi() : system.policyApi();
        JsonNode live = PinnedDocuments.parse(system.openApi(api).body());
        if (!Files.exists(PinnedDocuments.file(service))) {
            assertThat(UPDATE).as("no pinned document " + PinnedDocuments.file(service) + "; write it with "
                    + UPDATE_COMMAND).isTrue();
            PinnedDocuments.write(service, live);
            return;
        }
        List<OpenApiDiff.Change> changes = OpenApiDiff.compare(PinnedDocuments.read(service), live);
        List<OpenApiDiff.Change> breaking = changes.stream().filter(OpenApiDiff.Change::breaking).toList();
        String report = changes.stream().map(Object::toString).collect(Collectors.joining("\n  ", "\n  ", "\n"));

        if (UPDATE && (breaking.isEmpty() || ACCEPT_BREAKING)) {
            if (!breaking.isEmpty()) {
                System.out.println("!!! " + service + ": BREAKING CHANGES ACCEPTED (-Dopenapi.acceptBreaking=true); "
                        + "clients generated from the old document break:" + report);
            }
            PinnedDocuments.write(service, live);
            return;
        }
        assertThat(breaking).as(service + " has " + breaking.size() + " breaking change(s) against "
                + PinnedDocuments.file(service) + ". A breaking change needs a new version path (/api/v2/...) next "
                + "to the old one; only to retire a version, accept it with " + UPDATE_COMMAND
                + " -Dopenapi.acceptBreaking=true. All changes (pinned -> live):" + report).isEmpty();
        assertThat(changes).as(service + " differs from " + PinnedDocuments.file(service) + " (additive changes only);"
                + " if intended, update the pinned document with " + UPDATE_COMMAND + ". Changes (pinned -> live):"
                + report).isEmpty();
    }
}
