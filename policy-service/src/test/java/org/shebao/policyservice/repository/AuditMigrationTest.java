package org.shebao.policyservice.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shebao.contract.PolicyJson;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.RegionLevel;
import org.shebao.localstack.PostgresServer;
import org.shebao.policyservice.model.AuditedState;
import org.shebao.policyservice.model.AuditedState.VersionState;
import org.shebao.policyservice.model.VersionStatus;

/** Audit entries written before the audit log had a format of its own are converted, none lost. */
class AuditMigrationTest {

    private static final ObjectMapper JSON = PolicyJson.newMapper();
    private static final String VERSION_VIEW = """
            {"id":61,"regionCode":"110000","kind":"CONTRIBUTION","version":4,"status":"DRAFT",
             "effectiveFrom":"2027-07-01","declaredEffectiveTo":"2028-07-01","confidence":"ESTIMATE",
             "source":{"title":"t","url":"https://example.org","retrieved":"2026-01-01","derivation":"d"},
             "payload":{"participants":{},"rounding":"FEN_HALF_UP"},"author":"carol",
             "createdAt":"2026-11-23T11:35:08.651900Z","updatedAt":"2026-11-23T11:35:08.651900Z",
             "withdrawalRequest":{"requestedBy":"carol","requestedAt":"2026-11-23T11:35:10.743192Z","reason":"why"}}""";

    private static PostgresServer postgres;

    @BeforeAll
    static void start() {
        postgres = PostgresServer.startEphemeral();
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(postgres.jdbcUrl("postgres"), PostgresServer.USER, PostgresServer.PASSWORD)
                .locations("classpath:db/migration").target(target).load();
    }

    @Test
    void everyEntryIsConvertedToTheAuditLogsOwnFormat() throws Exception {
        flyway("2").migrate();
        try (Connection db = postgres.connect("postgres"); Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, before, after,"
                    + " detail) values"
                    + " (now(), 'a', 'REGION_CREATED', 'REGION', '110000', null, '{\"code\":\"110000\",\"name\":\"北京市\","
                    + "\"level\":\"PROVINCE\",\"parentCode\":\"100000\",\"socialInsuranceYearStartMonth\":7}', null),"
                    + " (now(), 'b', 'DRAFT_CREATED', 'POLICY_VERSION', '61', null, '" + VERSION_VIEW + "', null),"
                    + " (now(), 'c', 'SUBMITTED', 'POLICY_VERSION', '61', '\"DRAFT\"', '\"SUBMITTED\"', null),"
                    + " (now(), 'd', 'ENDED_BY_PUBLICATION', 'POLICY_VERSION', '8', null, '\"2027-07-01\"', 'ended'),"
                    + " (now(), 'e', 'CHANGE_SET_CREATED', 'CHANGE_SET', '3', null, null, '2 drafts: x')");
        }

        flyway("latest").migrate();

        List<JsonNode[]> rows = new ArrayList<>();
        try (Connection db = postgres.connect("postgres"); Statement sql = db.createStatement();
                ResultSet result = sql.executeQuery("select before, after from audit_entry order by id")) {
            while (result.next()) {
                rows.add(new JsonNode[] { tree(result, "before"), tree(result, "after") });
            }
        }
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)[1]).isEqualTo(JSON.readTree("{\"type\":\"region\",\"code\":\"110000\",\"name\":\"北京市\","
                + "\"level\":\"PROVINCE\",\"parentCode\":\"100000\",\"socialInsuranceYearStartMonth\":7}"));
        assertThat(state(rows.get(0)[1])).isEqualTo(
                new AuditedState.RegionState("110000", "北京市", RegionLevel.PROVINCE, "100000", 7));
        VersionState version = (VersionState) state(rows.get(1)[1]);
        assertThat(version.id()).isEqualTo(61);
        assertThat(version.kind()).isEqualTo(PolicyKind.CONTRIBUTION);
        assertThat(version.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(version.declaredEffectiveTo()).isEqualTo(LocalDate.parse("2028-07-01"));
        assertThat(version.payload()).isEqualTo(JSON.readTree(VERSION_VIEW).get("payload"));
        assertThat(version.withdrawalRequestedBy()).isEqualTo("carol");
        assertThat(version.withdrawalRequestedAt()).isEqualTo(Instant.parse("2026-11-23T11:35:10.743192Z"));
        assertThat(version.withdrawalReason()).isEqualTo("why");
        assertThat(version.withdrawnBy()).isNull();
        assertThat(rows.get(1)[1].has("withdrawalRequest")).isFalse();
        assertThat(state(rows.get(2)[0])).isEqualTo(new AuditedState.Status("DRAFT"));
        assertThat(state(rows.get(2)[1])).isEqualTo(new AuditedState.Status("SUBMITTED"));
        assertThat(state(rows.get(3)[1])).isEqualTo(new AuditedState.End(LocalDate.parse("2027-07-01")));
        assertThat(rows.get(4)).containsOnlyNulls();
    }

    private static JsonNode tree(ResultSet result, String column) throws SQLException {
        String json = result.getString(column);
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditedState state(JsonNode tree) throws Exception {
        return JSON.treeToValue(tree, AuditedState.class);
    }
}
