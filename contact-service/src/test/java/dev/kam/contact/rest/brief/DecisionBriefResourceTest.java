package dev.kam.contact.rest.brief;

import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The brief of one purchase decision: its buying centre with the roles assessed there, their guidance
 * and next actions, account-service's history, and profiles for the negotiating team only.
 */
@QuarkusTest
class DecisionBriefResourceTest {

    private static final String EDUCATION = "Industrial engineering, RWTH Aachen";
    private static final String TENDER = "Crane fleet tender [2027]";

    @Inject
    ContactRows rows;

    /**
     * An account whose butler (primary contact, known to kate) is a specifier in the tender, whose leader
     * of the tender has a profile and nobody of ours knows him, plus a person assessed account-wide only
     * and one who left after being assessed in the tender.
     */
    record Tender(UUID account, UUID decision, UUID butler, UUID leader, UUID outsider, UUID gone) {
    }

    private Tender tender(Behaviour behaviour) {
        UUID account = rows.account();
        if (behaviour != null) {
            AccountServiceStub.behave(account, behaviour);
        }
        UUID butler = Stakeholders.add(account, "Bea Butler", 1, 2, true);
        UUID leader = Stakeholders.add(account, "Leo Lead", 2, 2, false);
        UUID outsider = Stakeholders.add(account, "Otto Outside", 5, 5, false);
        UUID gone = Stakeholders.add(account, "Gus Gone", 3, 3, false);
        Stakeholders.relate(butler, KATE, "GOOD", LocalDate.now().toString());
        UUID decision = Stakeholders.openDecision(account, TENDER);
        Stakeholders.assessIn(decision, butler, 4, 2);
        Stakeholders.assessIn(decision, leader, 5, 5);
        Stakeholders.assessIn(decision, gone, 5, 4);
        given().contentType(ContentType.JSON).body("{\"leftOn\": \"%s\"}".formatted(LocalDate.now()))
                .when().post("/api/stakeholders/" + gone + "/departure").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"education\": \"%s\"}".formatted(EDUCATION))
                .when().put("/api/stakeholders/" + leader + "/profile").then().statusCode(200);
        return new Tender(account, decision, butler, leader, outsider, gone);
    }

    private static ValidatableResponse brief(UUID decision, String accept) {
        return given().accept(accept).when().get("/api/stakeholders/decisions/" + decision + "/brief").then();
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aTeamMemberGetsTheDecisionsPeopleWithTheirRolesThereTheirGuidanceAndTheNextActions() {
        Tender t = tender(Behaviour.KNOWN);

        brief(t.decision(), "application/json").statusCode(200)
                .body("decisionId", equalTo(t.decision().toString()))
                .body("decisionName", equalTo(TENDER))
                .body("accountId", equalTo(t.account().toString()))
                .body("account.status", equalTo("KEY"))
                .body("recentInteractions[0].summary", equalTo(AccountServiceStub.INTERACTION_SUMMARY))
                .body("openProblems.title", hasItem(AccountServiceStub.PROBLEM_TITLE))
                .body("missing", empty())
                .body("profilesIncluded", equalTo(true))
                .body("people.stakeholderId", contains(t.butler().toString(), t.leader().toString()))
                .body("people[0].role", equalTo("SPECIFIER")).body("people[0].accountRole", equalTo("BUTLER"))
                .body("people[0].interest", equalTo(4)).body("people[0].primaryContact", equalTo(true))
                .body("people[0].guidance.rules.code", hasItem("specifier-keep-informed"))
                .body("people[0].relationships[0].holderId", equalTo(KATE))
                .body("people[0].relationships[0].atTheMeeting", nullValue())
                .body("people[1].role", equalTo("LEADER")).body("people[1].accountRole", equalTo("BUTLER"))
                .body("people[1].profile.education", equalTo(EDUCATION))
                .body("people[1].profileCompletenessPercent", equalTo(10))
                .body("nextActions.code", hasItems("SPECIFIER_NOT_INFORMED", "LEADER_WITHOUT_RELATIONSHIP"))
                .body("nextActions.code", not(hasItem("NAME_A_PRIMARY_CONTACT")))
                .body("nextActions.code", not(hasItem("IDENTIFY_A_LEADER")))
                .body("nextActions.find { it.code == 'SPECIFIER_NOT_INFORMED' }.stakeholderId",
                        equalTo(t.butler().toString()))
                .body("nextActions.find { it.code == 'SPECIFIER_NOT_INFORMED' }.role", equalTo("SPECIFIER"));

        assertThat(rows.count("select count(*) from profile_audit where stakeholder_id = :id and action = 'READ'",
                Map.of("id", t.leader()))).as("the profile read for the brief is audited").isOne();
        assertThat(rows.count("select count(*) from profile_audit where stakeholder_id = :id",
                Map.of("id", t.outsider()))).as("nobody outside the decision is read").isZero();
        assertThat(AccountServiceStub.authorizationsFor(t.account())).hasSize(4)
                .allSatisfy(header -> assertThat(header).startsWith("Bearer "));
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theMarkdownRenderingNamesTheDecisionItsNextActionsAndEachPersonsTwoRoles() {
        Tender t = tender(Behaviour.KNOWN);

        String markdown = brief(t.decision(), "text/markdown").statusCode(200).contentType("text/markdown")
                .extract().asString();

        assertThat(markdown).startsWith("# Negotiation brief: Crane fleet tender \\[2027\\]\n")
                .contains("## Next actions for this decision", "**SPECIFIER\\_NOT\\_INFORMED** (Bea Butler)",
                        "## The buying centre of this decision", "### Bea Butler",
                        "**Role:** SPECIFIER (interest 4, involvement 2); account-wide BUTLER, our primary contact",
                        "Industrial engineering, RWTH Aachen", "Quarterly review &lt;b&gt;with&lt;/b&gt; the board")
                .doesNotContain("Otto Outside", "Gus Gone", ", attends");
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aDecisionNobodyIsAssessedInIsToBeMappedAndMissingHistoryIsNamed() {
        UUID account = rows.account();
        UUID decision = Stakeholders.openDecision(account, "Spare parts framework");

        brief(decision, "application/json").statusCode(200)
                .body("people", empty())
                .body("nextActions.code", contains("MAP_THE_BUYING_CENTRE"))
                .body("missing",
                        contains("account history unavailable: account-service does not show you this account"))
                .body("account", nullValue());
    }

    @Test
    @TestSecurity(user = "diana", roles = "sales-director")
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void aDirectorOutsideTheTeamGetsTheBriefWithoutProfilesAndNothingIsAudited() {
        UUID account = rows.account();
        AccountServiceStub.behave(account, Behaviour.KNOWN);
        UUID person = rows.person(account, "Leo Leader");
        UUID decision = decisionOf(account);
        rows.execute("""
                insert into role_assessment (id, stakeholder_id, account_id, decision_id, interest, involvement,
                    classified_role, role, assessed_by, assessed_at)
                values (gen_random_uuid(), :s, :a, :d, 5, 5, 'LEADER', 'LEADER', 'seed', now())""",
                Map.of("s", person, "a", account, "d", decision));
        rows.profile(account, person, "EDUCATION", EDUCATION);

        String body = brief(decision, "application/json").statusCode(200)
                .body("profilesIncluded", equalTo(false)).body("profilesNote", notNullValue())
                .body("people[0].role", equalTo("LEADER")).body("people[0].accountRole", nullValue())
                .body("people[0].profile", nullValue()).body("people[0].openQuestions", nullValue())
                .extract().asString();
        assertThat(body).doesNotContain(EDUCATION);
        assertThat(rows.count("select count(*) from profile_audit where stakeholder_id = :id", Map.of("id", person)))
                .isZero();
    }

    @Test
    @TestSecurity(user = "max", roles = "marketing")
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingOffTheTeamDoesNotLearnThatTheDecisionExists() {
        UUID account = rows.account(Map.of(KATE, "KAM"));
        UUID decision = decisionOf(account);

        brief(decision, "application/json").statusCode(404).contentType("application/problem+json");
        assertThat(AccountServiceStub.authorizationsFor(account)).isEmpty();
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneElseFindsNoDecisionAndAMalformedIdIsNamed() {
        UUID account = rows.account();
        UUID decision = decisionOf(account);

        brief(decision, "text/markdown").statusCode(404).contentType("application/problem+json");
        brief(UUID.randomUUID(), "application/json").statusCode(404);
        given().when().get("/api/stakeholders/decisions/not-a-uuid/brief").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("decisionId"));
        assertThat(AccountServiceStub.authorizationsFor(account)).isEmpty();
    }

    private UUID decisionOf(UUID account) {
        UUID decision = UUID.randomUUID();
        rows.execute("""
                insert into purchase_decision (id, account_id, name, created_by, created_at)
                values (:d, :a, 'Tender', 'seed', now())""", Map.of("d", decision, "a", account));
        return decision;
    }
}
