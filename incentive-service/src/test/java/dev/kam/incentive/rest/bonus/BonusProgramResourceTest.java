package dev.kam.incentive.rest.bonus;

import static dev.kam.incentive.fixtures.BonusPrograms.PROGRAMS;
import static dev.kam.incentive.fixtures.BonusPrograms.created;
import static dev.kam.incentive.fixtures.BonusPrograms.program;
import static dev.kam.plumbing.testing.DemoUsers.CARL;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.events.EventSchemaValidator;
import dev.kam.events.incentive.IncentiveEvents;
import dev.kam.incentive.domain.bonus.RetentionBonusProgram;
import dev.kam.incentive.domain.bonus.RetentionScope;
import dev.kam.incentive.fixtures.BonusPrograms;
import dev.kam.incentive.fixtures.IncentiveRows;
import dev.kam.incentive.service.bonus.CreatingBonusProgram;
import dev.kam.incentive.service.bonus.EvaluatingBonusProgram;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention bonus programmes over HTTP: set up and changed by compensation-admin under their rules,
 * evaluated only after the period's close and only once, explaining every account's verdict, and
 * read back by the awarded employee alone.
 */
@QuarkusTest
class BonusProgramResourceTest {

    /** Someone of the other staff (not a demo user, whose registration other tests exercise). */
    private static final String STAFF = "00000000-0000-4000-8000-0000000000e1";

    @Inject
    IncentiveRows rows;

    @Inject
    BonusPrograms programs;

    @Inject
    CreatingBonusProgram creating;

    @Inject
    EvaluatingBonusProgram evaluating;

    @BeforeEach
    void employeesAreRegistered() {
        programs.registered(STAFF, SAM);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aProgrammeIsSetUpWithTheDefaultRuleAndScope() {
        UUID account = programs.account();

        String id = given().contentType(ContentType.JSON)
                .body(program("2025-H2", List.of(account), List.of(STAFF, SAM)).replace(
                        ", \"comparisonRule\": \"SAME_PERIOD_PREVIOUS_YEAR\", \"scope\": \"GROUP_TOTAL\"", ""))
                .when().post(PROGRAMS)
                .then().statusCode(201)
                .header("Location", containsString(PROGRAMS + "/"))
                .header("ETag", "\"0\"")
                .body("period", equalTo("2025-H2"))
                .body("comparisonRule", equalTo("SAME_PERIOD_PREVIOUS_YEAR"))
                .body("comparedWith", equalTo("2024-H2"))
                .body("scope", equalTo("GROUP_TOTAL"))
                .body("amountPerEmployee.amount", equalTo("1500.00"))
                .body("eligible", equalTo(List.of(SAM, STAFF).stream().sorted().toList()))
                .body("evaluated", equalTo(false))
                .body("createdBy", equalTo(CARL))
                .extract().path("id");

        given().when().get(PROGRAMS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("accounts", equalTo(List.of(account.toString())));
        given().when().get(PROGRAMS + "/" + id + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("PROGRAM_CREATED")))
                .body("[0].after.name", equalTo("Keep the group"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aRetryWithTheSameIdempotencyKeySetsUpOneProgramme() {
        UUID account = programs.account();
        String body = program("2025-H1", List.of(account), List.of(STAFF));
        String key = UUID.randomUUID().toString();

        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PROGRAMS)
                .then().statusCode(201).extract().path("id");
        String again = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PROGRAMS)
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract().path("id");

        assertThat(again).isEqualTo(first);
        assertThat(rows.count("select count(*) from bonus_program_account where account_id = :a", Map.of("a", account)))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aQuarterIsNoBonusPeriod() {
        UUID account = programs.account();

        given().contentType(ContentType.JSON).body(program("2025-Q3", List.of(account), List.of(STAFF)))
                .when().post(PROGRAMS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/bonus-period"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anUnknownAccountOrAnUnregisteredPersonIsRefusedAndNothingIsStored() {
        UUID unknown = UUID.randomUUID();
        UUID account = programs.account();
        long before = rows.count("select count(*) from bonus_program", Map.of());

        given().contentType(ContentType.JSON).body(program("2025-H2", List.of(account, unknown), List.of(STAFF)))
                .when().post(PROGRAMS)
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/bonus-account-unknown"))
                .body("detail", containsString(unknown.toString()));
        given().contentType(ContentType.JSON)
                .body(program("2025-H2", List.of(account), List.of("00000000-0000-4000-8000-0000000000bb")))
                .when().post(PROGRAMS)
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/employee-not-registered"));

        assertThat(rows.count("select count(*) from bonus_program", Map.of())).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void malformedTermsAreRefusedNamingTheFields() {
        String body = program("2025-H2", List.of(UUID.randomUUID()), List.of(STAFF))
                .replace("\"1500.00\"", "\"1500.001\"").replace("\"Keep the group\"", "\"\"")
                .replace("\"2025-H2\"", "\"2025-X1\"");

        given().contentType(ContentType.JSON).body(body)
                .when().post(PROGRAMS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("amountPerEmployee.amount"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("period"));
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void onlyACompensationAdminSetsUpOrReadsProgrammes() {
        UUID account = programs.account();

        given().contentType(ContentType.JSON).body(program("2025-H2", List.of(account), List.of(STAFF)))
                .when().post(PROGRAMS)
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get(PROGRAMS).then().statusCode(403);
        given().when().post(PROGRAMS + "/" + UUID.randomUUID() + "/evaluation").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aProgrammeIsNotEvaluatedBeforeItsPeriodHasClosed() {
        UUID account = programs.account();
        String id = created(program("2999-H1", List.of(account), List.of(STAFF)));

        given().when().post(PROGRAMS + "/" + id + "/evaluation")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/bonus-period-open"))
                .body("detail", containsString("closes on 2999-07-01"));

        assertThat(programs.evaluations(id)).isZero();
        given().when().get(PROGRAMS + "/" + id + "/evaluation").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aGroupThatKeptBuyingPaysEachEligibleEmployeeOnceHoweverOftenItIsEvaluated() {
        UUID kept = programs.accountThatBought(Map.of("2024-H2", "100000.00", "2025-H2", "100000.00"));
        UUID grew = programs.accountThatBought(Map.of("2024-H2", "50000.00", "2025-Q3", "30000.00",
                "2025-Q4", "25000.00"));
        String id = created(program("2025-H2", List.of(kept, grew), List.of(STAFF, SAM)));

        String first = given().when().post(PROGRAMS + "/" + id + "/evaluation")
                .then().statusCode(201)
                .header("Location", containsString(PROGRAMS + "/" + id + "/evaluation"))
                .body("pays", equalTo(true))
                .body("groupCurrent.amount", equalTo("155000.00"))
                .body("groupPrevious.amount", equalTo("150000.00"))
                .body("accounts.verdict", equalTo(List.of("MET", "MET")))
                .body("awards.employeeId", equalTo(List.of(STAFF, SAM).stream().sorted().toList()))
                .body("awards[0].amount.amount", equalTo("1500.00"))
                .body("evaluatedBy", equalTo(CARL))
                .extract().asString();
        String again = given().when().post(PROGRAMS + "/" + id + "/evaluation")
                .then().statusCode(200)
                .extract().asString();

        assertThat(again).isEqualTo(first);
        assertThat(programs.awards(id)).isEqualTo(2);
        List<IncentiveRows.OutboxRow> awarded = rows.outbox(IncentiveEvents.BONUS_AWARDED.type(), id);
        assertThat(awarded).extracting(IncentiveRows.OutboxRow::subject).containsExactlyInAnyOrder(STAFF, SAM);
        assertThat(awarded).allSatisfy(event -> {
            assertThat(EventSchemaValidator.violations(event.type(), event.payload())).isEmpty();
            assertThat(event.payload()).contains("\"comparedWith\":\"2024-H2\"").doesNotContain("1500");
        });
        given().when().get(PROGRAMS + "/" + id + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("PROGRAM_CREATED", "PROGRAM_EVALUATED")))
                .body("[1].after.pays", equalTo(true));
        given().when().get(PROGRAMS + "/" + id + "/evaluation")
                .then().statusCode(200)
                .body("groupCurrent.amount", equalTo("155000.00"));
        given().when().get(PROGRAMS + "/" + id)
                .then().statusCode(200)
                .body("evaluated", equalTo(true));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aDeclineOfOneCentIsADeclineAndPaysNothing() {
        UUID account = programs.accountThatBought(Map.of("2024", "200000.00", "2025", "199999.99"));
        String id = created(program("2025", List.of(account), List.of(STAFF)));

        given().when().post(PROGRAMS + "/" + id + "/evaluation")
                .then().statusCode(201)
                .body("pays", equalTo(false))
                .body("awards", empty())
                .body("accounts[0].verdict", equalTo("FAILED"))
                .body("accounts[0].previous.amount", equalTo("200000.00"))
                .body("explanation", containsString("less than 200000.00 EUR"));

        assertThat(programs.awards(id)).isZero();
        assertThat(rows.outbox(IncentiveEvents.BONUS_AWARDED.type(), id)).isEmpty();
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void eachAccountScopeFailsWhenOneAccountDeclinesThoughTheGroupGrew() {
        UUID grew = programs.accountThatBought(Map.of("2024-H1", "100.00", "2025-H1", "500.00"));
        UUID declined = programs.accountThatBought(Map.of("2024-H1", "100.00", "2025-H1", "99.99"));
        String id = created(program("2025-H1", List.of(grew, declined), List.of(STAFF)).replace("GROUP_TOTAL", "EACH_ACCOUNT"));

        given().when().post(PROGRAMS + "/" + id + "/evaluation")
                .then().statusCode(201)
                .body("scope", equalTo("EACH_ACCOUNT"))
                .body("pays", equalTo(false))
                .body("explanation", containsString(declined.toString()));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aNewAccountInTheGroupIsShownButNeitherRescuesNorSinksIt() {
        UUID kept = programs.accountThatBought(Map.of("2024-H1", "1000.00", "2025-H1", "1000.00"));
        UUID fresh = programs.accountThatBought(Map.of("2025-H1", "5.00"));
        String id = created(program("2025-H1", List.of(kept, fresh), List.of(STAFF)));

        given().when().post(PROGRAMS + "/" + id + "/evaluation")
                .then().statusCode(201)
                .body("pays", equalTo(true))
                .body("groupCurrent.amount", equalTo("1000.00"))
                .body("accounts.find { it.accountId == '%s' }.verdict".formatted(fresh), equalTo("NEW"))
                .body("accounts.find { it.accountId == '%s' }.previous".formatted(fresh), nullValue())
                .body("explanation", containsString("not judged (no comparable period): [" + fresh + "]"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void withoutAnyPreviousPurchasesThereIsNothingToKeepAndNoBonus() {
        UUID account = programs.accountThatBought(Map.of("2025-H2", "1000.00"));
        String id = created(program("2025-H2", List.of(account), List.of(STAFF)));

        given().when().post(PROGRAMS + "/" + id + "/evaluation")
                .then().statusCode(201)
                .body("pays", equalTo(false))
                .body("groupCurrent", nullValue())
                .body("accounts[0].verdict", equalTo("NEW"))
                .body("explanation", containsString("nothing to keep, no bonus"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void termsChangeAgainstTheVersionReadAndNeverAfterTheEvaluation() {
        UUID account = programs.account();
        String id = created(program("2025-H1", List.of(account), List.of(STAFF)));
        String changed = program("2025-H1", List.of(account), List.of(STAFF, SAM));

        given().contentType(ContentType.JSON).body(changed).when().put(PROGRAMS + "/" + id)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when().put(PROGRAMS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("eligible", hasSize(2));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when().put(PROGRAMS + "/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json");

        given().when().post(PROGRAMS + "/" + id + "/evaluation").then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed).when().put(PROGRAMS + "/" + id)
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/bonus-program-evaluated"));
        given().when().get(PROGRAMS + "/" + id + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("PROGRAM_CREATED", "PROGRAM_CHANGED", "PROGRAM_EVALUATED")))
                .body("[1].before.eligible", hasSize(1))
                .body("[1].after.eligible", hasSize(2));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void programmesAreListedAPageAtATime() {
        UUID account = programs.account();
        created(program("2025-H1", List.of(account), List.of(STAFF)));
        created(program("2025-H2", List.of(account), List.of(STAFF)));

        String cursor = given().queryParam("limit", 1).when().get(PROGRAMS)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("limit", 1).queryParam("cursor", cursor).when().get(PROGRAMS)
                .then().statusCode(200)
                .body("items", hasSize(1));
        given().queryParam("limit", 0).when().get(PROGRAMS).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = STAFF, roles = {"employee"})
    void anEmployeeReadsTheirOwnAwardsAndNotAColleagues() {
        // seeded through the use cases: the resource would refuse eve, who is no compensation-admin
        UUID account = programs.accountThatBought(Map.of("2023-H1", "10.00", "2024-H1", "10.00"));
        UUID program = creating.create(new RetentionBonusProgram("Staff group " + UUID.randomUUID(),
                Set.of(new AccountId(account)), Period.parse("2024-H1"), Set.of(UserId.of(STAFF), UserId.of(SAM)),
                Money.of("750.00", "EUR"), ComparisonRule.defaultRule(),
                RetentionScope.GROUP_TOTAL)).id();
        evaluating.evaluate(program);

        List<String> mine = given().when().get(PROGRAMS + "/awards")
                .then().statusCode(200)
                .body("employeeId", everyoneIs(STAFF))
                .extract().jsonPath().getList("findAll { it.programId == '%s' }.amount.amount".formatted(program));
        assertThat(mine).containsExactly("750.00");
        given().queryParam("employeeId", SAM).when().get(PROGRAMS + "/awards")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aCompensationAdminReadsAnyonesAwards() {
        given().queryParam("employeeId", STAFF).when().get(PROGRAMS + "/awards")
                .then().statusCode(200)
                .body("employeeId", everyoneIs(STAFF));
    }

    @Test
    void anAnonymousCallerIsRefused() {
        given().when().get(PROGRAMS + "/awards").then().statusCode(401);
    }

    private static Matcher<Iterable<? extends String>> everyoneIs(String employee) {
        return everyItem(equalTo(employee));
    }
}
