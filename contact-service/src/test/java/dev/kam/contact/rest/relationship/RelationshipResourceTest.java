package dev.kam.contact.rest.relationship;

import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.kam.contact.fixtures.ContactRows;
import dev.kam.contact.fixtures.Stakeholders;
import dev.kam.events.stakeholder.StakeholderEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelationshipResourceTest {

    @Inject
    ContactRows rows;

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aRelationshipIsRecordedChangedAndRemovedWithEachStepAnnounced() {
        UUID account = rows.account();
        UUID leader = Stakeholders.add(account, "Lea Leader", 5, 5, false);
        UUID relationship = Stakeholders.relate(leader, TOM, "GOOD", LocalDate.now().toString());
        String path = "/api/stakeholders/" + leader + "/relationships/" + relationship;

        given().when().get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("holderId", equalTo(TOM)).body("quality", equalTo("GOOD"));
        given().when().get("/api/stakeholders/" + leader + "/relationships").then().body("$", hasSize(1));
        given().contentType(ContentType.JSON).body("{\"type\": \"BUSINESS\", \"quality\": \"POOR\"}")
                .when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"type\": \"BUSINESS\", \"quality\": \"POOR\", \"reason\": \"Late deliveries\"}")
                .when().put(path).then().statusCode(200).body("quality", equalTo("POOR")).header("ETag", "\"1\"");
        given().when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404);

        assertThat(rows.outbox(account, StakeholderEvents.RELATIONSHIP_CHANGED.type()))
                .extracting(e -> e.payload().replaceAll(".*\"change\":\"([A-Z]+)\".*", "$1"))
                .containsExactly("ADDED", "UPDATED", "REMOVED");
        assertThat(rows.outbox(account, StakeholderEvents.COVERAGE_CHANGED.type()))
                .extracting(e -> e.payload().contains("\"leaderCovered\":true"))
                .containsExactly(false, true, false);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void onlyTeamMembersHoldRelationshipsOnePerPairAndNotInTheFuture() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Ole Berg", 3, 3, false);
        String relationships = "/api/stakeholders/" + person + "/relationships";
        Stakeholders.relate(person, TOM, "GOOD", null);

        given().contentType(ContentType.JSON).body("""
                        {"holderId": "%s", "type": "BUSINESS", "quality": "GOOD"}""".formatted(EVE))
                .when().post(relationships).then().statusCode(422).body("violations[0].field", equalTo("holderId"));
        given().contentType(ContentType.JSON).body("""
                        {"holderId": "%s", "type": "PERSONAL", "quality": "NEUTRAL"}""".formatted(TOM))
                .when().post(relationships).then().statusCode(409);
        given().contentType(ContentType.JSON).body("""
                        {"holderId": "%s", "type": "BUSINESS", "quality": "GOOD", "lastContactOn": "%s"}"""
                        .formatted(KATE, LocalDate.now().plusDays(2)))
                .when().post(relationships).then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/last-contact-in-future"));
        given().contentType(ContentType.JSON).body("{\"holderId\": \"\", \"type\": \"FRIENDLY\"}")
                .when().post(relationships).then().statusCode(400).body("violations[0].field", equalTo("type"));
        given().contentType(ContentType.JSON).body("{\"holderId\": \" \", \"type\": \"BUSINESS\"}")
                .when().post(relationships).then().statusCode(400);

        assertThat(rows.count("select count(*) from relationship where stakeholder_id = :id", Map.of("id", person)))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aHolderUnknownToTheIdentityProviderIsRefusedEvenWhenTheReplicaListsHimOnTheTeam() {
        UUID account = rows.account(Map.of(KATE, "KAM", "ghost-1", "TEAM_MEMBER"));
        UUID person = Stakeholders.add(account, "Ole Berg", 3, 3, false);

        given().contentType(ContentType.JSON).body("""
                        {"holderId": "ghost-1", "type": "BUSINESS", "quality": "GOOD"}""")
                .when().post("/api/stakeholders/" + person + "/relationships").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/unknown-person"))
                .body("violations[0].field", equalTo("holderId"));

        assertThat(rows.count("select count(*) from relationship where stakeholder_id = :id", Map.of("id", person)))
                .isZero();
        assertThat(rows.outbox(account, StakeholderEvents.RELATIONSHIP_CHANGED.type())).isEmpty();
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneOffTheTeamFindsNoRelationships() {
        UUID account = rows.account();
        UUID person = UUID.randomUUID();
        rows.execute("""
                insert into stakeholder (id, account_id, full_name, status, primary_contact, created_by, created_at,
                    updated_at, version)
                values (:id, :a, 'Seeded Person', 'ACTIVE', false, 'seed', now(), now(), 0)""",
                Map.of("id", person, "a", account));
        given().when().get("/api/stakeholders/" + person + "/relationships").then().statusCode(404);
    }
}
