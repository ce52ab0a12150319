package org.shebao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @Test
    void ephemeralServerCreatesADatabaseAndAnswersQueries() throws SQLException {
        Path dataDir;
        long starting = System.nanoTime();
        try (PostgresServer postgres = PostgresServer.startEphemeral()) {
            System.out.printf("PostgreSQL ephemeral start: %d ms%n", (System.nanoTime() - starting) / 1_000_000);
            dataDir = postgres.dataDirectory();
            postgres.createDatabaseIfMissing("policy");
            postgres.createDatabaseIfMissing("policy");

            try (Connection connection = postgres.connect("policy"); Statement statement = connection.createStatement()) {
                assertThat(rows(statement.executeQuery("select current_database(), current_setting('server_version_num')::int")))
                        .singleElement()
                        .satisfies(row -> assertThat(row).startsWith("policy,17"));
            }
        }
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void persistentServerKeepsItsDataAcrossRestarts(@TempDir Path dir) throws SQLException {
        Path dataDir = dir.resolve("postgres");
        Path log = dir.resolve("postgres.log");
        int port;
        try (PostgresServer postgres = PostgresServer.startPersistent(dataDir, 0, log)) {
            port = postgres.port();
            postgres.createDatabaseIfMissing("policy");
            try (Connection connection = postgres.connect("policy"); Statement statement = connection.createStatement()) {
                statement.execute("create table region(code text primary key)");
                statement.execute("insert into region values ('110000')");
            }
        }

        long starting = System.nanoTime();
        try (PostgresServer postgres = PostgresServer.startPersistent(dataDir, port, log)) {
            System.out.printf("PostgreSQL persistent restart: %d ms%n", (System.nanoTime() - starting) / 1_000_000);
            assertThat(postgres.jdbcUrl("policy")).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/policy");
            try (Connection connection = postgres.connect("policy"); Statement statement = connection.createStatement()) {
                assertThat(rows(statement.executeQuery("select code from region"))).containsExactly("110000");
            }
        }
        assertThat(dataDir.resolve("PG_VERSION")).hasContent("17");
        assertThat(log).isNotEmptyFile();
    }

    private static List<String> rows(ResultSet resultSet) throws SQLException {
        List<String> rows = new ArrayList<>();
        while (resultSet.next()) {
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= resultSet.getMetaData().getColumnCount(); i++) {
                columns.add(resultSet.getString(i));
            }
            rows.add(String.join(",", columns));
        }
        return rows;
    }
}
