package org.shebao.policyservice.messaging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.shebao.policyservice.config.PolicyServiceConfig;

/**
 * Creates the policy topic with the settings the design depends on: compacted, so the latest value per key survives,
 * and kept forever, so a consumer can always rebuild everything from it. A topic created implicitly would get delete
 * cleanup with a 7-day retention, and calc-service would rebuild an empty state a week later.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @Inject
    PolicyServiceConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private volatile boolean ready;

    /** True once the topic exists; retried by the relay until it does, so a broker that is down at start is no error. */
    public boolean ensureTopic() {
        if (ready || !config.topic().create()) {
            return true;
        }
        PolicyServiceConfig.Topic topic = config.topic();
        NewTopic newTopic = new NewTopic(topic.name(), topic.partitions(), topic.replicationFactor())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.RETENTION_MS_CONFIG, "-1"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000))) {
            admin.createTopics(List.of(newTopic)).all().get(6, TimeUnit.SECONDS);
            LOG.infof("created topic %s (%d partitions, compacted, retention forever)", topic.name(), topic.partitions());
            ready = true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                ready = true;
            } else {
                LOG.warnf("cannot create topic %s yet: %s", topic.name(), e.getCause().toString());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("cannot reach the broker to create topic %s yet: %s", topic.name(), e.toString());
        }
        return ready;
    }
}
