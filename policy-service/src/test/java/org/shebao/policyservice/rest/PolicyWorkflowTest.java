package org.shebao.policyservice.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.shebao.contract.PolicyEvent;
import org.shebao.contract.PublishedPolicy;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.Drafts;
import org.shebao.policyservice.support.PolicyTopic;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class PolicyWorkflowTest extends ApiSupport {

    @Test
    void aDraftIsInvisibleToThePublicUntilPublishedAndThePublicationGoesOutOnTheTopic() {
        ensureRegions("951000", null);
        ExtractableResponse<Response> created = editor("alice")
                .body(Drafts.json(Drafts.contribution("951000", "2024-07-01", null, 6000, 30000, "0.08")))
                .post("/api/v1/policies").then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("author", equalTo("alice")).extract();
        long id = created.jsonPath().getLong("id");

        given().get("/api/v1/policies/" + id).then().statusCode(404).contentType("application/problem+json");
        editor("alice").post("/api/v1/policies/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        approver("bob").post("/api/v1/policies/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("reviewer", equalTo("bob"));

        given().get("/api/v1/policies/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        PolicyEvent event = PolicyTopic.await(broker.bootstrapServers(), "policy/951000/CONTRIBUTION",
                e -> e.timeline().versions().size() == 1);
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.timeline().versions().get(0).effectiveFrom()).isEqualTo(LocalDate.parse("2024-07-01"));
    }

    @Test
    void fourEyesComesFromTheTokenSubject() {
        ensureRegions("952000", null);
        long id = editor("carol").body(Drafts.json(Drafts.contribution("952000", "2024-07-01", null, 1, 2, "0.08")))
                .post("/api/v1/policies").then().statusCode(201).extract().jsonPath().getLong("id");
        editor("carol").post("/api/v1/policies/" + id + "/submit").then().statusCode(200);

        as("carol", "policy-editor", "policy-approver").post("/api/v1/policies/" + id + "/approve")
                .then().statusCode(403).contentType("application/problem+json");
        editor("dave").post("/api/v1/policies/" + id + "/approve").then().statusCode(403);
        given().post("/api/v1/policies/" + id + "/approve").then().statusCode(401);
        approver("erin").post("/api/v1/policies/" + id + "/approve").then().statusCode(200);
    }

    @Test
    void aStaleEditIsRefusedWith412AndAnEditWithoutIfMatchWith428() {
        ensureRegions("953000", null);
        String body = Drafts.json(Drafts.contribution("953000", "2024-07-01", null, 100, 200, "0.08"));
        long id = editor("frank").body(body).post("/api/v1/policies").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String changed = Drafts.json(Drafts.contribution("953000", "2024-07-01", null, 150, 200, "0.08"));

        editor("frank").body(changed).put("/api/v1/policies/" + id).then().statusCode(428);
        editor("frank").header("If-Match", "\"0\"").body(changed).put("/api/v1/policies/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        editor("frank").header("If-Match", "\"0\"").body(body).put("/api/v1/policies/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(jwt.token("frank", "policy-editor")).get("/api/v1/policies/" + id)
                .then().statusCode(200).body("payload.participants.EMPLOYEE.base.floor", is(150));
        editor("frank").delete("/api/v1/policies/" + id).then().statusCode(428);
        editor("frank").header("If-Match", "\"1\"").delete("/api/v1/policies/" + id).then().statusCode(204);
    }

    /** Otherwise a second person could rewrite a draft and then approve it, and four-eyes would mean nothing. */
    @Test
    void onlyTheAuthorChangesOrSubmitsADraft() {
        ensureRegions("959000", null);
        long id = editor("alice").body(Drafts.json(Drafts.contribution("959000", "2024-07-01", null, 100, 200, "0.08")))
                .post("/api/v1/policies").then().statusCode(201).extract().jsonPath().getLong("id");
        String rewritten = Drafts.json(Drafts.contribution("959000", "2024-07-01", null, 1, 200, "0.08"));

        as("carol", "policy-editor", "policy-approver").header("If-Match", "\"0\"").body(rewritten)
                .put("/api/v1/policies/" + id).then().statusCode(403).contentType("application/problem+json");
        editor("carol").post("/api/v1/policies/" + id + "/submit").then().statusCode(403);
        editor("carol").header("If-Match", "\"0\"").delete("/api/v1/policies/" + id).then().statusCode(403);
    }

    @Test
    void aLatePublishedVersionEndsItsOpenEndedPredecessorThere() {
        ensureRegions("954000", null);
        long first = publish(Drafts.contribution("954000", "2024-07-01", null, 6821, 35283, "0.08"));
        long second = publish(Drafts.contribution("954000", "2025-07-01", null, 7162, 35811, "0.08"));

        given().get("/api/v1/policies/" + first).then().statusCode(200)
                .body("effectiveTo", equalTo("2025-07-01")).body("declaredEffectiveTo", nullValue())
                .body("endedByVersionId", is((int) second));
        given().queryParam("date", "2025-06-30").queryParam("kind", "CONTRIBUTION")
                .get("/api/v1/regions/954000/policies").then().statusCode(200)
                .body("[0].version.id", is((int) first));
        given().queryParam("date", "2025-07-01").queryParam("kind", "CONTRIBUTION")
                .get("/api/v1/regions/954000/policies").then().statusCode(200)
                .body("[0].version.id", is((int) second));

        PolicyEvent event = PolicyTopic.await(broker.bootstrapServers(), "policy/954000/CONTRIBUTION",
                e -> e.timeline().versions().size() == 2);
        List<LocalDate> ends = event.timeline().versions().stream().map(PublishedPolicy::effectiveTo).toList();
        assertThat(ends).containsExactly(LocalDate.parse("2025-07-01"), null);
    }

    @Test
    void aCityWithoutItsOwnPolicyInheritsItsProvincesAndSaysSo() {
        ensureRegions("955000", "955100");
        long provincial = publish(Drafts.contribution("955000", "2024-01-01", null, 5000, 25000, "0.08"));

        given().queryParam("date", "2025-03-01").get("/api/v1/regions/955100/policies").then().statusCode(200)
                .body("find { it.kind == 'CONTRIBUTION' }.resolvedRegionCode", equalTo("955000"))
                .body("find { it.kind == 'CONTRIBUTION' }.inherited", is(true))
                .body("find { it.kind == 'CONTRIBUTION' }.version.id", is((int) provincial));
    }

    @Test
    void aScheduledVersionIsWithdrawnWithFourEyesAndItsPredecessorRunsOnAgain() {
        ensureRegions("956000", null);
        long current = publish(Drafts.contribution("956000", "2024-07-01", null, 1000, 5000, "0.08"));
        long scheduled = publish(Drafts.contribution("956000", "2099-07-01", null, 2000, 9000, "0.08"));
        given().get("/api/v1/policies/" + current).then().body("effectiveTo", equalTo("2099-07-01"));

        editor("henry").body("{\"reason\":\"figures were wrong\"}")
                .post("/api/v1/policies/" + scheduled + "/withdrawal-request").then().statusCode(200)
                .body("withdrawalRequest.requestedBy", equalTo("henry"));
        as("henry", "policy-approver").post("/api/v1/policies/" + scheduled + "/withdraw").then().statusCode(403);
        approver("iris").post("/api/v1/policies/" + scheduled + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("reviewer", equalTo("reviewer"))
                .body("withdrawalRequest.confirmedBy", equalTo("iris"));

        given().get("/api/v1/policies/" + current).then().body("effectiveTo", nullValue());
        PolicyEvent event = PolicyTopic.await(broker.bootstrapServers(), "policy/956000/CONTRIBUTION",
                e -> e.timeline().versions().size() == 1);
        assertThat(event.timeline().versions().get(0).effectiveTo()).isNull();
    }

    @Test
    void aVersionAlreadyInEffectCannotBeWithdrawnButTheRefusalSaysWhatToDo() {
        ensureRegions("957000", null);
        long current = publish(Drafts.contribution("957000", "2024-07-01", null, 1000, 5000, "0.08"));

        editor("jack").body("{\"reason\":\"oops\"}").post("/api/v1/policies/" + current + "/withdrawal-request")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("correcting version"));
    }

    @Test
    void historyDiffAndAuditShowWhatChanged() {
        ensureRegions("958000", null);
        long first = publish(Drafts.contribution("958000", "2024-07-01", null, 6821, 35283, "0.08"));
        long second = publish(Drafts.contribution("958000", "2025-07-01", null, 7162, 35811, "0.08"));

        given().get("/api/v1/regions/958000/policies/CONTRIBUTION/history").then().statusCode(200)
                .body("size()", is(2)).body("version", contains(1, 2));
        given().queryParam("against", first).get("/api/v1/policies/" + second + "/diff").then().statusCode(200)
                .body("changes.path", hasItem("/payload/participants/EMPLOYEE/base/floor"))
                .body("changes.find { it.path == '/payload/participants/EMPLOYEE/base/floor' }.before", is(6821))
                .body("changes.find { it.path == '/payload/participants/EMPLOYEE/base/floor' }.after", is(7162));
        approver("auditor").queryParam("entityType", "POLICY_VERSION").queryParam("entityId", second)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("PUBLISHED")).body("items.action", hasItem("DRAFT_CREATED"))
                .body("items.find { it.action == 'PUBLISHED' }.actor", equalTo("reviewer"));
        given().get("/api/v1/audit").then().statusCode(401);
    }
}
