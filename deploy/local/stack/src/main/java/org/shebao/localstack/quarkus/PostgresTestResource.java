package org.shebao.localstack.quarkus;

import java.util.Map;

import org.shebao.localstack.PostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real, throwaway PostgreSQL server on a free port, as the default datasource. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer postgres;

    @Override
    public Map<String, String> start() {
        postgres = PostgresServer.startEphemeral();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl("postgres"),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(postgres,
                new TestInjector.AnnotatedAndMatchesType(InjectTestResource.class, PostgresServer.class));
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
