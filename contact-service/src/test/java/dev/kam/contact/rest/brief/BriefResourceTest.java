package dev.kam.contact.rest.brief;

import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.kam.contact.client.AccountServiceStub.Behaviour;
import dev.kam.contact.client.AccountServiceStub;
import dev.kam.contact.fixtures.ContactRows;
import dev.kam.contact.fixtures.Stakeholders;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Negotiation briefs with account-service played by {@link AccountServiceStub}: answered, slow, and
 * not showing the account; profiles for the negotiating team only.
 */
@QuarkusTest
class BriefResourceTest {

    private static final String EDUCATION = "Mechanical engineering, TU Munich";

    @Inject
    ContactRows rows;

    /** An account with a butler (primary, known to kate) and a leader nobody of ours knows, who has a profile. */
    record Table(UUID account, UUID butler, UUID leader) {
    }

    private Table table(Behaviour behaviour) {
        UUID account = rows.account();
        if (behaviour != null) {
            AccountServiceStub.behave(account, behaviour);
        }
        UUID butler = Stakeholders.add(account, "Bea Butler", 1, 2, true);
        UUID leader = Stakeholders.add(account, "Leo *Lead* [x](y)", 5, 5, false);
        Stakeholders.relate(butler, KATE, "GOOD", LocalDate.now().toString());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"education\": \"%s\", \"negotiatingStyle\": \"Wants figures in writing\"}".formatted(EDUCATION))
                .when().put("/api/stakeholders/" + leader + "/profile").then().statusCode(200);
        return new Table(account, butler, leader);
    }

    private static ValidatableResponse brief(UUID account, String accept, String body) {
        return given().contentType(ContentType.JSON).accept(accept).body(body)
                .when().post("/api/stakeholders/accounts/" + account + "/briefs").then();
    }

    private static String meeting(List<UUID> attendees, List<String> ours) {
        return """
                {"meetingOn": "%s", "purpose": "Renewal of the service contract",
                 "attendeeIds": [%s], "ourAttendeeIds": [%s]}""".formatted(LocalDate.now().plusDays(7),
                String.join(", ", attendees.stream().map(id -> "\"" + id + "\"").toList()),
                String.join(", ", ours.stream().map(id -> "\"" + id + "\"").toList()));
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aTeamMemberGetsTheHistoryTheAttendeesTheirProfilesAndTheWarnings() {
        Table t = table(Behaviour.KNOWN);

        brief(t.account(), "application/json", meeting(List.of(t.butler(), t.leader()), List.of(KATE)))
                .statusCode(200)
                .body("accountName", equalTo(rowsName(t.account())))
                .body("account.status", equalTo("KEY")).body("account.healthBand", equalTo("WATCH"))
                .body("recentInteractions", hasSize(2))
                .body("recentInteractions[0].summary", equalTo(AccountServiceStub.INTERACTION_SUMMARY))
                .body("openProblems.title", contains(AccountServiceStub.PROBLEM_TITLE, "Invoices in the wrong format"))
                .body("missing", empty())
                .body("profilesIncluded", equalTo(true))
                .body("attendees.stakeholderId", contains(t.butler().toString(), t.leader().toString()))
                .body("attendees[0].role", equalTo("BUTLER")).body("attendees[0].primaryContact", equalTo(true))
                .body("attendees[0].accountRole", equalTo("BUTLER")).body("attendees[0].lastInformed", nullValue())
                .body("attendees[0].guidance.rules.code", hasItem("butler-respect-his-rights"))
                .body("attendees[0].relationships[0].holderId", equalTo(KATE))
                .body("attendees[0].relationships[0].atTheMeeting", equalTo(true))
                .body("attendees[1].role", equalTo("LEADER"))
                .body("attendees[1].profile.education", equalTo(EDUCATION))
                .body("attendees[1].profileCompletenessPercent", equalTo(20))
                .body("attendees[1].openQuestions", hasItem("previous-position"))
                .body("warnings.code", hasItem("LEADER_UNKNOWN_TO_US"))
                .body("warnings.find { it.code == 'LEADER_UNKNOWN_TO_US' }.stakeholderId", equalTo(t.leader().toString()));

        List<String> tokens = AccountServiceStub.authorizationsFor(t.account());
        assertThat(tokens).hasSize(4).allSatisfy(header -> {
            assertThat(header).startsWith("Bearer ");
            String payload = new String(Base64.getUrlDecoder().decode(header.substring(7).split("\\.")[1]),
                    StandardCharsets.UTF_8);
            assertThat(payload).as("the caller's own token").contains(KATE);
        });
        assertThat(rows.count("select count(*) from profile_audit where stakeholder_id = :id and action = 'READ'",
                Map.of("id", t.leader()))).as("the profile read for the brief is audited").isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theMarkdownRenderingIsReadableAndEscapesWhatPeopleTyped() {
        Table t = table(Behaviour.KNOWN);

        String markdown = brief(t.account(), "text/markdown", meeting(List.of(t.butler(), t.leader()), List.of(KATE)))
                .statusCode(200).contentType("text/markdown").extract().asString();

        assertThat(markdown).startsWith("# Negotiation brief: ")
                .contains("## At the table", "### Bea Butler", "**Role:** BUTLER", "Still to find out:")
                .contains("Leo \\*Lead\\* \\[x\\]\\(y\\)").doesNotContain("[x](y)")
                .contains("Quarterly review &lt;b&gt;with&lt;/b&gt; the board").doesNotContain("<b>")
                .contains("Mechanical engineering, TU Munich");
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aSlowAccountServiceLeavesTheHistoryOutAndSaysSo() {
        Table t = table(Behaviour.SLOW);
        try {
            brief(t.account(), "application/json", meeting(List.of(t.butler()), List.of()))
                    .statusCode(200)
                    .body("missing", contains("account history unavailable: account-service did not answer in time"))
                    .body("account", nullValue()).body("recentInteractions", empty())
                    .body("attendees[0].name", equalTo("Bea Butler"))
                    .body("warnings.code", hasItem("ONLY_BUTLER_AT_TABLE"));
        } finally {
            AccountServiceStub.release();
        }
        assertThat(AccountServiceStub.authorizationsFor(t.account())).as("one attempt and one retry").hasSize(2);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anAccountTheCallerMayNotSeeInAccountServiceIsNamedAsMissingWithoutRetrying() {
        Table t = table(null);

        brief(t.account(), "application/json", meeting(List.of(t.leader()), List.of(TOM)))
                .statusCode(200)
                .body("missing", contains("account history unavailable: account-service does not show you this account"))
                .body("account", nullValue())
                .body("attendees[0].profile.education", equalTo(EDUCATION));
        assertThat(AccountServiceStub.authorizationsFor(t.account())).hasSize(1);

        String markdown = brief(t.account(), "text/markdown", meeting(List.of(t.leader()), List.of()))
                .statusCode(200).extract().asString();
        assertThat(markdown).contains("Missing from this brief", "account history unavailable: account\\-service");
    }

    @Test
    @TestSecurity(user = "diana", roles = "sales-director")
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void aDirectorOutsideTheTeamGetsTheBriefWithoutProfiles() {
        UUID account = rows.account();
        AccountServiceStub.behave(account, Behaviour.KNOWN);
        UUID person = rows.person(account, "Leo Leader");
        rows.execute("""
                insert into role_assessment (id, stakeholder_id, account_id, interest, involvement, classified_role,
                    role, assessed_by, assessed_at)
                values (:id, :s, :a, 5, 5, 'LEADER', 'LEADER', 'seed', now())""",
                Map.of("id", UUID.randomUUID(), "s", person, "a", account));
        rows.profile(account, person, "EDUCATION", EDUCATION);

        String body = brief(account, "application/json", meeting(List.of(person), List.of()))
                .statusCode(200)
                .body("profilesIncluded", equalTo(false))
                .body("profilesNote", notNullValue())
                .body("attendees[0].profile", nullValue())
                .body("attendees[0].profileCompletenessPercent", nullValue())
                .body("attendees[0].openQuestions", nullValue())
                .body("account.status", equalTo("KEY"))
                .extract().asString();
        assertThat(body).doesNotContain(EDUCATION);
        assertThat(rows.count("select count(*) from profile_audit where stakeholder_id = :id", Map.of("id", person)))
                .isZero();
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aBadMeetingPlanIsRefusedNamingTheFieldAndNothingIsAudited() {
        Table t = table(Behaviour.KNOWN);
        UUID gone = Stakeholders.add(t.account(), "Gus Gone", 2, 2, false);
        given().contentType(ContentType.JSON).body("{\"leftOn\": \"%s\"}".formatted(LocalDate.now()))
                .when().post("/api/stakeholders/" + gone + "/departure").then().statusCode(200);
        UUID stranger = Stakeholders.add(rows.account(), "Stranger", 2, 2, false);

        brief(t.account(), "application/json", meeting(List.of(t.leader(), stranger), List.of()))
                .statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("attendeeIds[1]"));
        brief(t.account(), "application/json", meeting(List.of(t.leader(), t.leader()), List.of()))
                .statusCode(422).body("violations[0].field", equalTo("attendeeIds[1]"));
        brief(t.account(), "application/json", meeting(List.of(gone), List.of()))
                .statusCode(422).body("violations[0].field", equalTo("attendeeIds[0]"));
        brief(t.account(), "application/json", meeting(List.of(t.leader()), List.of("ghost-1")))
                .statusCode(422).body("type", equalTo("https://kam.dev/problems/unknown-person"))
                .body("violations[0].field", equalTo("ourAttendeeIds[0]"));
        brief(t.account(), "application/json", """
                {"meetingOn": "%s", "purpose": " ", "attendeeIds": []}""".formatted(LocalDate.now().minusDays(1)))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("meetingOn")).body("violations.field", hasItem("purpose"));
        brief(t.account(), "application/json", "{\"meetingOn\": \"tomorrow\", \"purpose\": \"x\", \"attendeeIds\": []}")
                .statusCode(400).contentType("application/problem+json");
        brief(t.account(), "application/json", meeting(List.of(t.leader()), List.of(" kate")))
                .statusCode(400).body("violations[0].field", startsWith("ourAttendeeIds[0]"));

        assertThat(rows.count("select count(*) from profile_audit where stakeholder_id = :id and action = 'READ'",
                Map.of("id", t.leader()))).isZero();
        assertThat(AccountServiceStub.authorizationsFor(t.account())).as("account-service not asked").isEmpty();
    }

    @Test
    @TestSecurity(user = "max", roles = "marketing")
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingOffTheTeamGetsNoBrief() {
        UUID account = rows.account(Map.of(KATE, "KAM"));
        brief(account, "application/json", meeting(List.of(), List.of())).statusCode(403);
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneElseFindsNoAccountToBriefOn() {
        UUID account = rows.account();
        brief(account, "text/markdown", meeting(List.of(), List.of())).statusCode(404)
                .contentType("application/problem+json");
        assertThat(AccountServiceStub.authorizationsFor(account)).isEmpty();
    }

    private String rowsName(UUID account) {
        return (String) rows.single("select name from account_replica where account_id = :a", Map.of("a", account));
    }
}
