package dev.kam.contact.rest.account;

import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.kam.contact.fixtures.ContactRows;
import dev.kam.contact.fixtures.Stakeholders;
import dev.kam.events.stakeholder.StakeholderEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scenario: five people, a butler as primary contact, no leader; then a leader is reached. */
@QuarkusTest
class CoverageAndGuidanceTest {

    @Inject
    ContactRows rows;

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aButlerAsMainContactWithoutALeaderIsCalledOutUntilALeaderIsReached() {
        UUID account = rows.account();
        UUID butler = Stakeholders.add(account, "Bea Butler", 1, 2, true);
        Stakeholders.add(account, "Hal Helper", 2, 4, false);
        UUID specifier = Stakeholders.add(account, "Sue Specifier", 4, 2, false);
        Stakeholders.add(account, "Hugo Helper", 1, 5, false);
        UUID future = Stakeholders.add(account, "Leo Later", 2, 2, false);
        Stakeholders.relate(butler, KATE, "GOOD", LocalDate.now().toString());
        Stakeholders.relate(specifier, KATE, "NEUTRAL", LocalDate.now().minusDays(90).toString());

        given().when().get("/api/stakeholders/accounts/" + account + "/coverage").then().statusCode(200)
                .body("stakeholderCount", equalTo(5)).body("leaderCovered", equalTo(false))
                .body("onlyButlerReachable", equalTo(false)).body("relationshipHolders", equalTo(1))
                .body("gaps.code", hasItem("NO_LEADER_RELATIONSHIP"));
        given().when().get("/api/stakeholders/accounts/" + account + "/next-actions").then().statusCode(200)
                .body("actions.code", hasItem("BUTLER_MAIN_CONTACT_NO_LEADER_REACHED"))
                .body("actions.code", hasItem("IDENTIFY_A_LEADER"))
                .body("actions.code", hasItem("SPECIFIER_NOT_INFORMED"))
                .body("actions[0].stakeholderName", equalTo("Bea Butler"))
                .body("actions[0].role", equalTo("BUTLER"));

        Stakeholders.assess(future, 5, 5);
        Stakeholders.relate(future, TOM, "GOOD", LocalDate.now().toString());

        given().when().get("/api/stakeholders/accounts/" + account + "/next-actions").then().statusCode(200)
                .body("actions.code", not(hasItem("BUTLER_MAIN_CONTACT_NO_LEADER_REACHED")))
                .body("actions.code", not(hasItem("IDENTIFY_A_LEADER")));
        given().when().get("/api/stakeholders/accounts/" + account + "/coverage").then()
                .body("leaderCovered", equalTo(true)).body("relationshipHolders", equalTo(2));
        assertThat(rows.outbox(account, StakeholderEvents.COVERAGE_CHANGED.type())).last()
                .satisfies(e -> assertThat(e.payload()).contains("\"leaderCovered\":true",
                        "\"relationshipHolders\":2", "\"stakeholderCount\":5"));
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aChangeThatLeavesTheFiguresAloneIsNotAnnounced() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Ole Berg", 2, 2, false);
        Stakeholders.assess(person, 1, 1);

        assertThat(rows.outbox(account, StakeholderEvents.COVERAGE_CHANGED.type())).hasSize(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anAccountWithNobodyOnRecordIsToBeMapped() {
        UUID account = rows.account();
        given().when().get("/api/stakeholders/accounts/" + account + "/next-actions").then()
                .body("actions.code", contains("MAP_THE_BUYING_CENTRE"));
        given().when().get("/api/stakeholders/accounts/" + account + "/coverage").then()
                .body("gaps.code", contains("NO_STAKEHOLDERS"));
    }

    @Test
    @TestSecurity(user = "max", roles = "marketing")
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingOffTheTeamReadsCoverageButNotTheNextActions() {
        UUID account = rows.account(Map.of(KATE, "KAM"));
        given().when().get("/api/stakeholders/accounts/" + account + "/coverage").then().statusCode(200);
        given().when().get("/api/stakeholders/accounts/" + account + "/next-actions").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneElseFindsNoCoverageButReadsTheGuidanceOfEveryRole() {
        UUID account = rows.account();
        given().when().get("/api/stakeholders/accounts/" + account + "/coverage").then().statusCode(404);
        given().when().get("/api/stakeholders/accounts/" + UUID.randomUUID() + "/next-actions").then().statusCode(404);
        given().when().get("/api/stakeholders/guidance/BUTLER").then().statusCode(200)
                .body("interest", equalTo("LOW")).body("involvement", equalTo("LOW"))
                .body("rules.code", contains("butler-respect-his-rights", "butler-seek-other-contacts",
                        "butler-earn-trust-patiently"));
        given().when().get("/api/stakeholders/guidance/HELPER").then().statusCode(200)
                .body("rules.code", hasItem("helper-bypass-only-with-permission"));
        given().when().get("/api/stakeholders/guidance/KING").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/stakeholders/guidance/LEADER").then().body("rules", hasSize(1));
    }
}
