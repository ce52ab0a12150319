package org.shebao.policyservice.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.DataSet;
import org.shebao.policyservice.support.Drafts;
import org.shebao.policyservice.support.PolicyTopic;

/** What is on the real topic conforms to the documented event schema (docs/events/policy-event.v1.schema.json). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class EventSchemaContractTest extends ApiSupport {

    @Test
    void everyRecordOnTheTopicMatchesTheSchema() throws IOException {
        ensureRegions("991000", "991100");
        publish(Drafts.contribution("991100", "2025-07-01", null, 5000, 25000, "0.08"));
        PolicyTopic.await(broker.bootstrapServers(), "policy/991100/CONTRIBUTION", e -> true);

        JsonSchema schema = schema();
        List<ConsumerRecord<String, String>> records = PolicyTopic.readAll(broker.bootstrapServers());
        assertThat(records).extracting(ConsumerRecord::key)
                .contains("region/100000", "region/991100", "policy/991100/CONTRIBUTION");
        for (ConsumerRecord<String, String> record : records) {
            JsonNode value = Drafts.JSON.readTree(record.value());
            Set<ValidationMessage> errors = schema.validate(value);
            assertThat(errors).as("record %s at offset %d", record.key(), record.offset()).isEmpty();
            assertThat(value.get("key").asText()).isEqualTo(record.key());
        }
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(
                DataSet.root().resolve("docs/events/policy-event.v1.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
