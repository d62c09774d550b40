package dev.kam.incentive.consumer;

import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.events.EventSchemaValidator;
import dev.kam.events.Topics;
import dev.kam.events.account.AccountEvents;
import dev.kam.events.incentive.IncentiveEvents;
import dev.kam.incentive.fixtures.IncentiveRows;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.replica.ApplyingAccountEvents;
import dev.kam.plumbing.testing.AccountEventPayloads;
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

/**
 * account-service's team events as the replica of who serves which account (service-plumbing's, whose
 * own tests cover redelivery, order and poison), applied directly and through the channel.
 */
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
        return AccountEventPayloads.teamChanged(account, change, at, KATE, members);
    }
}
