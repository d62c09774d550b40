package dev.kam.incentive.consumer;

import static dev.kam.incentive.fixtures.DemoUsers.KATE;
import static dev.kam.incentive.fixtures.DemoUsers.TOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.events.EventSchemaValidator;
import dev.kam.events.Topics;
import dev.kam.events.incentive.IncentiveEvents;
import dev.kam.events.account.AccountEvents;
import dev.kam.incentive.fixtures.IncentiveRows;
import dev.kam.plumbing.inbox.InboundEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

/** account-service's team events as the replica of who serves which account: idempotent and order-safe. */
@QuarkusTest
class AccountEventsTest {

    @Inject
    IncentiveRows rows;

    @Inject
    ApplyingAccountEvents applier;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void aTeamEventMakesItsMembersServeTheAccount() {
        UUID account = UUID.randomUUID();

        applier.apply(team(account, "TEAM_FORMED", Instant.now(), Map.of(KATE, "KAM", TOM, "TEAM_MEMBER")));

        assertThat(rows.single("select team_role from account_replica_member where account_id = :a and user_id = :u",
                Map.of("a", account, "u", TOM))).isEqualTo("TEAM_MEMBER");
    }

    @Test
    void aRedeliveredTeamEventChangesNothing() {
        UUID account = UUID.randomUUID();
        InboundEvent formed = team(account, "TEAM_FORMED", Instant.now(), Map.of(KATE, "KAM"));
        applier.apply(formed);
        rows.execute("delete from account_replica_member where account_id = :a", Map.of("a", account));

        applier.apply(formed);

        assertThat(rows.count("select count(*) from account_replica_member where account_id = :a",
                Map.of("a", account))).isZero();
    }

    @Test
    void anOlderTeamArrivingLateDoesNotReplaceANewerOne() {
        UUID account = UUID.randomUUID();
        Instant now = Instant.now();
        applier.apply(team(account, "MEMBER_ADDED", now, Map.of(KATE, "KAM", TOM, "TEAM_MEMBER")));

        applier.apply(team(account, "TEAM_FORMED", now.minusSeconds(60), Map.of(KATE, "KAM")));

        assertThat(rows.count("select count(*) from account_replica_member where account_id = :a",
                Map.of("a", account))).isEqualTo(2);
    }

    @Test
    void aRecordArrivingOnTheChannelIsApplied() {
        UUID account = UUID.randomUUID();

        connector.source("account-events").send(ConsumedEvents.record(Topics.ACCOUNTS,
                AccountEvents.TEAM_CHANGED.type(), account.toString(),
                teamPayload(account, "TEAM_FORMED", Instant.now(), Map.of(KATE, "KAM"))));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rows.count(
                "select count(*) from account_replica_member where account_id = :a", Map.of("a", account)) == 1);
    }

    @Test
    void aTeamChangeThatPushesAMemberAboveCapacityAnnouncesTheOverloadOnce() {
        String employee = UUID.randomUUID().toString();
        rows.employee(employee);
        // seven accounts without client relationships weigh 0.900 each: 6.300 of 8.000
        for (int i = 0; i < 7; i++) {
            rows.account(Map.of(KATE, "KAM", employee, "TEAM_MEMBER"));
        }
        UUID eighth = UUID.randomUUID();
        UUID ninth = UUID.randomUUID();

        applier.apply(team(eighth, "TEAM_FORMED", Instant.now(), Map.of(KATE, "KAM", employee, "TEAM_MEMBER")));
        assertThat(rows.outbox(IncentiveEvents.OVERLOAD_DETECTED.type(), employee)).isEmpty();
        applier.apply(team(ninth, "TEAM_FORMED", Instant.now(), Map.of(KATE, "KAM", employee, "TEAM_MEMBER")));

        List<IncentiveRows.OutboxRow> alerts = rows.outbox(IncentiveEvents.OVERLOAD_DETECTED.type(), employee);
        assertThat(alerts).hasSize(1);
        assertThat(EventSchemaValidator.violations(alerts.get(0).type(), alerts.get(0).payload())).isEmpty();
        assertThat(alerts.get(0).payload()).contains("\"load\":\"8.100\"", "\"allowed\":\"8.000\"");

        applier.apply(team(UUID.randomUUID(), "TEAM_FORMED", Instant.now(),
                Map.of(KATE, "KAM", employee, "TEAM_MEMBER")));
        assertThat(rows.outbox(IncentiveEvents.OVERLOAD_DETECTED.type(), employee)).hasSize(1);
    }

    private static InboundEvent team(UUID account, String change, Instant at, Map<String, String> members) {
        return ConsumedEvents.event(Topics.ACCOUNTS, AccountEvents.TEAM_CHANGED.type(), account.toString(),
                teamPayload(account, change, at, members));
    }

    private static String teamPayload(UUID account, String change, Instant at, Map<String, String> members) {
        String list = members.entrySet().stream()
                .map(m -> "{\"userId\": \"%s\", \"teamRole\": \"%s\"}".formatted(m.getKey(), m.getValue()))
                .reduce((a, b) -> a + ", " + b).orElse("");
        return """
                {"accountId": "%s", "change": "%s", "affectedUserId": "%s", "ownerId": "%s", "members": [%s],
                 "changedAt": "%s"}""".formatted(account, change, KATE, KATE, list, at);
    }
}
