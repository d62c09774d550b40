package dev.kam.contact.rest.profile;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.contact.fixtures.ContactRows;
import dev.kam.contact.service.profile.PurgingDepartedProfiles;
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

/**
 * Negotiation profiles are personal data (docs/adr/0014): only negotiating members of the account
 * team read and write them, every access is audited without values, and erasure leaves nothing of
 * the person in any table of this service.
 */
@QuarkusTest
class PersonalDataTest {

    private static final String NAME = "Jana Novakova";
    private static final String EMAIL = "jana.secret@client.example";
    private static final String ANSWER = "Studied law in Prague, proud of it";
    private static final String REASON = "Jana told us she decides nothing";
    private static final String POSITION = "Head of Buying";
    private static final String DEPARTMENT = "Procurement Office";
    private static final String TIE = "Jana is the old friend of tom";

    @Inject
    ContactRows rows;

    @Inject
    PurgingDepartedProfiles purging;

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aTeamMemberWritesAndReadsAProfileAndEveryAccessIsAuditedWithoutValues() {
        UUID person = personOn(rows.account());

        given().when().get(profile(person)).then().statusCode(200).header("ETag", "\"0\"")
                .body("answers.education", nullValue()).body("completenessPercent", equalTo(0));
        given().contentType(ContentType.JSON).body("{\"education\": \"%s\"}".formatted(ANSWER))
                .when().put(profile(person)).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"education\": \"%s\", \"negotiatingStyle\": \"Calm\"}".formatted(ANSWER))
                .when().put(profile(person)).then().statusCode(200).header("ETag", "\"1\"")
                .body("answers.education", equalTo(ANSWER)).body("completenessPercent", equalTo(20))
                .body("missingQuestions", hasItem("competitor-offer"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"education\": \"x\"}")
                .when().put(profile(person)).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"education\": \"%s\"}".formatted("x".repeat(2001)))
                .when().put(profile(person)).then().statusCode(400).body("violations[0].field", equalTo("education"));
        given().when().get(profile(person)).then().statusCode(200).body("answers.negotiatingStyle", equalTo("Calm"));

        given().when().get(profile(person) + "/audit").then().statusCode(200)
                .body("items.action", contains("READ", "CHANGE", "READ"))
                .body("items[0].fields", contains("education", "negotiating-style"))
                .body("items[0].actorId", equalTo(KATE));
        assertThat(rows.count("select count(*) from profile_audit where stakeholder_id = :id and fields like '%Prague%'",
                Map.of("id", person))).isZero();
    }

    @Test
    @TestSecurity(user = "diana", roles = "sales-director")
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void aDirectorOffTheTeamSeesThePersonButNeverTheProfile() {
        UUID person = personOn(rows.account());

        given().when().get("/api/stakeholders/" + person).then().statusCode(200);
        given().when().get(profile(person)).then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/stakeholders/" + person + "/personal-data").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .when().put(profile(person)).then().statusCode(403);
        given().when().delete("/api/stakeholders/" + person + "/personal-data").then().statusCode(403);
        assertThat(rows.count("select count(*) from profile_audit where stakeholder_id = :id", Map.of("id", person)))
                .isZero();
    }

    @Test
    @TestSecurity(user = "max", roles = "marketing")
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingOnTheTeamReadsTheTrailButNotTheProfile() {
        UUID person = personOn(rows.account());

        given().when().get(profile(person)).then().statusCode(403);
        given().when().get(profile(person) + "/audit").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anExportHoldsEverythingAboutThePersonAndIsAudited() {
        UUID person = personOn(rows.account());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"education\": \"%s\"}".formatted(ANSWER)).when().put(profile(person)).then().statusCode(200);

        given().when().get("/api/stakeholders/" + person + "/personal-data").then().statusCode(200)
                .body("stakeholder.name", equalTo(NAME))
                .body("stakeholder.channels[0].value", equalTo(EMAIL))
                .body("assessments[0].reason", equalTo(REASON))
                .body("relationships[0].holderId", equalTo(TOM))
                .body("stakeholder.lastMet.kind", equalTo("MEETING"))
                .body("profile.answers.education", equalTo(ANSWER));
        assertThat(rows.count("select count(*) from profile_audit where stakeholder_id = :id and action = 'EXPORT'",
                Map.of("id", person))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void erasureLeavesAPlaceholderAndNothingOfThePersonInAnyTable() {
        UUID account = rows.account();
        String tag = " " + UUID.randomUUID();
        UUID person = personOn(account, tag);
        String answer = ANSWER + tag;
        String concern = "Sailing" + tag;
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"education\": \"%s\", \"personalConcerns\": \"%s\"}".formatted(answer, concern))
                .when().put(profile(person)).then().statusCode(200);
        String[] traces = {NAME + tag, tag.strip() + EMAIL, answer, concern, REASON + tag, POSITION + tag,
                DEPARTMENT + tag, TIE + tag};
        assertThat(rows.everyTableAsText()).contains(traces);
        assertThat(rows.count("select count(*) from contact_history where stakeholder_id = :id",
                Map.of("id", person))).isOne();

        given().when().delete("/api/stakeholders/" + person + "/personal-data").then().statusCode(200)
                .body("erasedAnswers", contains("education", "personal-concerns"));

        String everything = rows.everyTableAsText();
        for (String trace : traces) {
            assertThat(everything).doesNotContain(trace);
        }
        assertThat(rows.count("select count(*) from contact_history where stakeholder_id = :id",
                Map.of("id", person))).as("when he was met goes too").isZero();
        assertThat(everything).doesNotContain(tag.strip());
        given().when().get("/api/stakeholders/" + person).then().statusCode(200)
                .body("name", equalTo("Erased person")).body("erased", equalTo(true))
                .body("channels", hasSize(0)).body("position", nullValue()).body("role", equalTo("BUTLER"));
        given().when().get("/api/stakeholders/" + person + "/relationships").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].reason", nullValue()).body("[0].holderId", equalTo(TOM));
        assertThat(rows.outbox(account, StakeholderEvents.ERASED.type())).singleElement()
                .satisfies(e -> assertThat(e.payload()).doesNotContain("Erased person"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"education\": \"again\"}")
                .when().put(profile(person)).then().statusCode(422);
        given().when().delete("/api/stakeholders/" + person + "/personal-data").then().statusCode(200)
                .body("erasedAnswers", hasSize(0));
        assertThat(rows.outbox(account, StakeholderEvents.ERASED.type())).hasSize(1);
    }

    @Test
    @TestSecurity(user = "ada", roles = "kam-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void anAdminErasesOnADataSubjectRequestWithoutReadingTheProfile() {
        UUID person = personOn(rows.account());

        given().when().get(profile(person)).then().statusCode(403);
        given().when().delete("/api/stakeholders/" + person + "/personal-data").then().statusCode(200);
        assertThat(rows.single("select full_name from stakeholder where id = :id", Map.of("id", person)))
                .isEqualTo("Erased person");
    }

    @Test
    void profilesOfPeopleWhoLeftLongerThanTheRetentionAgoArePurged() {
        UUID account = rows.account();
        UUID longGone = personOn(account);
        UUID recentlyGone = personOn(account);
        for (UUID person : new UUID[] {longGone, recentlyGone}) {
            rows.execute("""
                    insert into personal_profile (stakeholder_id, account_id, updated_by, updated_at, version)
                    values (:id, :a, :k, now(), 0)""", Map.of("id", person, "a", account, "k", KATE));
            rows.execute("insert into profile_answer (stakeholder_id, question, answer) values (:id, 'EDUCATION', 'x')",
                    Map.of("id", person));
        }
        rows.execute("update stakeholder set status = 'LEFT', left_on = :day where id = :id",
                Map.of("id", longGone, "day", LocalDate.now().minusDays(400)));
        rows.execute("update stakeholder set status = 'LEFT', left_on = :day where id = :id",
                Map.of("id", recentlyGone, "day", LocalDate.now().minusDays(30)));

        assertThat(purging.purge()).isGreaterThanOrEqualTo(1);

        assertThat(rows.count("select count(*) from personal_profile where stakeholder_id = :id",
                Map.of("id", longGone))).isZero();
        assertThat(rows.count("select count(*) from profile_answer where stakeholder_id = :id",
                Map.of("id", longGone))).isZero();
        assertThat(rows.count("select count(*) from personal_profile where stakeholder_id = :id",
                Map.of("id", recentlyGone))).isEqualTo(1);
        assertThat(rows.count("select count(*) from profile_audit where stakeholder_id = :id and action = 'PURGE'",
                Map.of("id", longGone))).isEqualTo(1);
    }

    private static String profile(UUID person) {
        return "/api/stakeholders/" + person + "/profile";
    }

    /**
     * A person with a name, position, department, channel, reasons, a relationship and a contact
     * history: all personal data.
     */
    private UUID personOn(UUID account) {
        return personOn(account, "");
    }

    private UUID personOn(UUID account, String tag) {
        UUID person = UUID.randomUUID();
        String name = NAME + tag;
        rows.execute("""
                insert into stakeholder (id, account_id, full_name, position, department, status, left_to,
                    primary_contact, created_by, created_at, updated_at, version)
                values (:id, :a, :name, :position, :department, 'ACTIVE', null, false, :k, now(), now(), 0)""",
                Map.of("id", person, "a", account, "name", name, "k", KATE, "position", POSITION + tag,
                        "department", DEPARTMENT + tag));
        rows.execute("""
                insert into stakeholder_channel (stakeholder_id, position_no, kind, channel_value)
                values (:id, 0, 'EMAIL', :email)""", Map.of("id", person, "email", tag.strip() + EMAIL));
        rows.execute("""
                insert into role_assessment (id, stakeholder_id, account_id, interest, involvement, classified_role,
                    role, reason, assessed_by, assessed_at)
                values (gen_random_uuid(), :id, :a, 1, 2, 'BUTLER', 'BUTLER', :reason, :k, now())""",
                Map.of("id", person, "a", account, "reason", REASON + tag, "k", KATE));
        rows.execute("""
                insert into relationship (id, account_id, stakeholder_id, holder_id, type, quality, reason,
                    created_at, updated_at, version)
                values (gen_random_uuid(), :a, :id, :tom, 'PERSONAL', 'GOOD', :tie, now(), now(), 0)""",
                Map.of("id", person, "a", account, "tom", TOM, "tie", TIE + tag));
        rows.execute("""
                insert into outbox_event (id, topic, event_key, event_type, subject, occurred_at, payload, sent_at)
                values (gen_random_uuid(), 'kam.stakeholders.v1', :a, 'dev.kam.stakeholder.added.v1', :id, now(),
                    :payload, now())""", Map.of("id", person.toString(), "a", account.toString(), "payload",
                """
                {"accountId":"%s","stakeholderId":"%s","name":"%s","role":"BUTLER","primaryContact":false,
                 "addedAt":"2026-11-27T10:15:30Z"}""".formatted(account, person, name)));
        rows.execute("""
                insert into outbox_event (id, topic, event_key, event_type, subject, occurred_at, payload)
                values (gen_random_uuid(), 'kam.stakeholders.v1', :a, 'dev.kam.stakeholder.added.v1', :id, now(),
                    :payload)""", Map.of("id", person.toString(), "a", account.toString(), "payload",
                """
                {"accountId":"%s","stakeholderId":"%s","name":"%s","role":"BUTLER","primaryContact":false,
                 "addedAt":"2026-11-27T10:15:30Z"}""".formatted(account, person, name)));
        rows.execute("""
                insert into contact_history (stakeholder_id, account_id, last_informed_at, last_informed_interaction,
                    last_informed_kind, last_met_at, last_met_interaction, last_met_kind, updated_at)
                values (:id, :a, now(), gen_random_uuid(), 'MEETING', now(), gen_random_uuid(), 'MEETING', now())""",
                Map.of("id", person, "a", account));
        rows.execute("""
                insert into idempotency_record (caller_id, idem_key, operation, request_hash, status, content_type,
                    body, created_at)
                values (:k, :key, 'POST /api/stakeholders', repeat('0', 64), 201, 'application/json', :body, now())""",
                Map.of("k", KATE, "key", "key-" + person, "body",
                        "{\"id\":\"" + person + "\",\"name\":\"" + name + "\"}"));
        return person;
    }
}
