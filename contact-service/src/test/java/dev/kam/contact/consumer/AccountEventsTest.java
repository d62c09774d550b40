package dev.kam.contact.consumer;

import static dev.kam.plumbing.testing.AccountEventPayloads.registered;
import static dev.kam.plumbing.testing.AccountEventPayloads.teamChanged;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.contact.fixtures.ContactRows;
import dev.kam.events.account.AccountEvents;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.replica.ApplyingAccountEvents;
import dev.kam.plumbing.testing.CloudEventRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

/**
 * account-service's events as contact-service applies them: the replica of accounts and teams that
 * access checks rely on (service-plumbing's, whose own tests cover redelivery, order and poison) and
 * the coverage that follows a team change. Payloads are checked against the contract's schemas.
 */
@QuarkusTest
class AccountEventsTest {

    @Inject
    ContactRows rows;

    @Inject
    ApplyingAccountEvents applier;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void registrationAndTeamEventsBuildTheReplica() {
        UUID account = UUID.randomUUID();
        Instant at = Instant.now();

        applier.apply(event(AccountEvents.REGISTERED.type(), account, registered(account)));
        applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account, teamChanged(account, "TEAM_FORMED", at,
                Map.of(KATE, "KAM"))));
        applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account, teamChanged(account, "MEMBER_ADDED",
                at.plusSeconds(1), Map.of(KATE, "KAM", TOM, "TEAM_MEMBER"))));
        applier.apply(event(AccountEvents.STATUS_CHANGED.type(), account, """
                {"accountId": "%s", "previousStatus": "PROSPECT", "status": "KEY", "lossCauses": [],
                 "changedBy": "%s", "changedAt": "%s"}""".formatted(account, KATE, at)));

        assertThat(rows.single("select name from account_replica where account_id = :id", Map.of("id", account)))
                .isEqualTo("Acme Industrial");
        assertThat(rows.single("select status from account_replica where account_id = :id", Map.of("id", account)))
                .isEqualTo("KEY");
        assertThat(rows.single("select team_role from account_replica_member where account_id = :id and user_id = :u",
                Map.of("id", account, "u", TOM))).isEqualTo("TEAM_MEMBER");
    }

    @Test
    void aColleagueLeavingTheTeamNoLongerCoversAnyoneAndThatIsAnnounced() {
        UUID account = UUID.randomUUID();
        Instant now = Instant.now();
        applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account, teamChanged(account, "MEMBER_ADDED", now,
                Map.of(KATE, "KAM", TOM, "TEAM_MEMBER"))));
        UUID person = UUID.randomUUID();
        rows.execute("""
                insert into stakeholder (id, account_id, full_name, status, primary_contact, created_by, created_at,
                    updated_at, version)
                values (:id, :a, 'Lea Leader', 'ACTIVE', false, 'seed', now(), now(), 0)""",
                Map.of("id", person, "a", account));
        rows.execute("""
                insert into role_assessment (id, stakeholder_id, account_id, interest, involvement, classified_role,
                    role, reason, assessed_by, assessed_at)
                values (gen_random_uuid(), :id, :a, 5, 5, 'LEADER', 'LEADER', 'Seeded', 'seed', now())""",
                Map.of("id", person, "a", account));
        rows.execute("""
                insert into relationship (id, account_id, stakeholder_id, holder_id, type, quality, created_at,
                    updated_at, version)
                values (gen_random_uuid(), :a, :id, :tom, 'BUSINESS', 'GOOD', now(), now(), 0)""",
                Map.of("id", person, "a", account, "tom", TOM));
        rows.execute("""
                insert into coverage_snapshot (account_id, stakeholder_count, leader_covered, only_butler_reachable,
                    relationship_holders, assessed_at)
                values (:a, 1, true, false, 1, now())""", Map.of("a", account));

        applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account, teamChanged(account, "MEMBER_REMOVED",
                now.plusSeconds(1), Map.of(KATE, "KAM"))));

        assertThat(rows.outbox(account, StakeholderEvents.COVERAGE_CHANGED.type())).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("\"leaderCovered\":false",
                        "\"relationshipHolders\":0"));
    }

    @Test
    void aRecordArrivingOnTheChannelIsApplied() {
        UUID account = UUID.randomUUID();

        connector.source("account-events").send(record(AccountEvents.REGISTERED.type(), account,
                registered(account)));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rows.count(
                "select count(*) from account_replica where account_id = :id", Map.of("id", account)) == 1);
    }


    private static InboundEvent event(String type, UUID account, String payload) {
        return CloudEventRecords.event(type, account.toString(), payload);
    }

    private static ConsumerRecord<String, String> record(String type, UUID account, String payload) {
        return CloudEventRecords.record(type, account.toString(), payload);
    }
}
