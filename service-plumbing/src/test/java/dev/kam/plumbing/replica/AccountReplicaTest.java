package dev.kam.plumbing.replica;

import static dev.kam.plumbing.testing.AccountEventPayloads.registered;
import static dev.kam.plumbing.testing.AccountEventPayloads.teamChanged;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.events.CloudEventHeaders;
import dev.kam.events.account.AccountEvents;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;
import dev.kam.plumbing.testapp.ReplicaAnnouncements;
import dev.kam.plumbing.testapp.TestKafka;
import dev.kam.plumbing.testapp.TestRows;
import dev.kam.plumbing.testapp.TestTopics;
import dev.kam.plumbing.testing.CloudEventRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The account replica as a service that opts in keeps it: built from account-service's events,
 * idempotent, safe against a late older team, strict about poison, and announcing each replaced team
 * and each new status to the service once a query can read them. Payloads are checked against the contract's schemas.
 */
@QuarkusTest
class AccountReplicaTest {

    @Inject
    ApplyingAccountEvents applier;

    @Inject
    AccountReplicaRepository accounts;

    @Inject
    ReplicaAnnouncements announcements;

    @Inject
    TestRows rows;

    @Test
    void registrationProfileStatusAndTeamEventsBuildTheReplica() {
        UUID account = UUID.randomUUID();
        Instant at = Instant.now();

        applier.apply(event(AccountEvents.REGISTERED.type(), account, registered(account)));
        applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account,
                teamChanged(account, "MEMBER_ADDED", at, Map.of(KATE, "KAM", TOM, "TEAM_MEMBER"))));
        applier.apply(event(AccountEvents.PROFILE_CHANGED.type(), account, """
                {"accountId": "%s", "changedFields": ["name"], "name": "Acme Holding", "industry": "Machinery",
                 "segment": "Strategic", "region": "Munich", "contactCadenceDays": 30, "version": 1,
                 "changedAt": "%s"}""".formatted(account, at)));
        applier.apply(event(AccountEvents.STATUS_CHANGED.type(), account, """
                {"accountId": "%s", "previousStatus": "PROSPECT", "status": "KEY", "lossCauses": [],
                 "changedBy": "%s", "changedAt": "%s"}""".formatted(account, KATE, at)));

        assertThat(announcements.statusSeen(account)).contains("KEY");
        assertThat(announcements.lastStatus(account)).hasValueSatisfying(
                replaced -> assertThat(replaced.members()).containsExactlyInAnyOrder(KATE, TOM));
        AccountReplicaEntity replica = replica(account).orElseThrow();
        assertThat(replica.name).isEqualTo("Acme Holding");
        assertThat(replica.status).isEqualTo("KEY");
        assertThat(replica.ownerId).isEqualTo(KATE);
        assertThat(replica.members).containsExactlyInAnyOrderEntriesOf(Map.of(KATE, "KAM", TOM, "TEAM_MEMBER"));
    }

    @Test
    void aRedeliveredEventChangesNothingAndIsRememberedUnderTheServicesName() {
        UUID account = UUID.randomUUID();
        InboundEvent formed = event(AccountEvents.TEAM_CHANGED.type(), account,
                teamChanged(account, "TEAM_FORMED", Instant.now(), Map.of(KATE, "KAM")));
        applier.apply(formed);
        rows.execute("delete from account_replica_member where account_id = :account", Map.of("account", account));

        applier.apply(formed);

        assertThat(replica(account).orElseThrow().members).isEmpty();
        assertThat(applier.consumer()).isEqualTo("plumbing-test.accounts");
        assertThat(rows.count("select count(*) from processed_event where consumer = :consumer and event_id = :event",
                Map.of("consumer", applier.consumer(), "event", formed.id()))).isEqualTo(1);
    }

    @Test
    void anOlderTeamArrivingLateDoesNotReplaceANewerOne() {
        UUID account = UUID.randomUUID();
        Instant now = Instant.now();
        applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account,
                teamChanged(account, "MEMBER_ADDED", now, Map.of(KATE, "KAM", TOM, "TEAM_MEMBER"))));

        applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account,
                teamChanged(account, "TEAM_FORMED", now.minusSeconds(60), Map.of(KATE, "KAM"))));

        assertThat(replica(account).orElseThrow().members).containsOnlyKeys(KATE, TOM);
        assertThat(announcements.membersSeen(account)).contains(2);
    }

    @Test
    void aReplacedTeamIsAnnouncedWhenTheNewTeamCanBeRead() {
        UUID account = UUID.randomUUID();
        Instant now = Instant.now();
        applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account,
                teamChanged(account, "MEMBER_ADDED", now, Map.of(KATE, "KAM", TOM, "TEAM_MEMBER"))));
        assertThat(announcements.membersSeen(account)).contains(2);

        applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account,
                teamChanged(account, "MEMBER_REMOVED", now.plusSeconds(1), Map.of(KATE, "KAM"))));

        assertThat(announcements.membersSeen(account)).contains(1);
        assertThat(announcements.lastTeam(account)).hasValueSatisfying(replaced -> {
            assertThat(replaced.previousMembers()).containsExactlyInAnyOrder(KATE, TOM);
            assertThat(replaced.members()).containsExactly(KATE);
            assertThat(replaced.previousAndCurrentMembers()).containsExactlyInAnyOrder(KATE, TOM);
        });
    }

    @Test
    void theSharedQuestionsAreAnsweredFromTheReplica() {
        UUID account = UUID.randomUUID();
        applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account,
                teamChanged(account, "MEMBER_ADDED", Instant.now(), Map.of(KATE, "KAM", TOM, "TEAM_MEMBER"))));

        assertThat(QuarkusTransaction.requiringNew().call(() -> accounts.teamOf(account)))
                .containsExactlyInAnyOrder(KATE, TOM);
        assertThat(QuarkusTransaction.requiringNew().call(() -> accounts.accountsServedBy(TOM))).contains(account);
        assertThat(QuarkusTransaction.requiringNew().call(() -> accounts.teamOf(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void otherTypesOfTheContractArePassedOverAndUnknownOnesArePoison() {
        UUID account = UUID.randomUUID();
        InboundEvent other = event(AccountEvents.INTERACTION_LOGGED.type(), account, "{}");
        applier.apply(other);
        assertThat(rows.count("select count(*) from processed_event where event_id = :event",
                Map.of("event", other.id()))).isZero();

        assertThatThrownBy(() -> applier.apply(event("dev.kam.account.registered.v9", account, "{}")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("outside the contract");
        assertThatThrownBy(() -> applier.apply(event(AccountEvents.REGISTERED.type(), account, "not json")))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account, """
                {"accountId": "nope", "change": "TEAM_FORMED", "affectedUserId": "x", "ownerId": "x",
                 "members": [], "changedAt": "2026-01-01T00:00:00Z"}""")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("accountId");
        assertThatThrownBy(() -> applier.apply(event(AccountEvents.TEAM_CHANGED.type(), account, """
                {"accountId": "%s", "change": "TEAM_FORMED", "affectedUserId": "x", "ownerId": "x",
                 "members": [{"userId": "", "teamRole": "KAM"}], "changedAt": "2026-01-01T00:00:00Z"}"""
                .formatted(account))))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("without id or role");
        assertThat(replica(account)).isEmpty();
    }

    @Test
    void aRecordOnTheBrokerIsApplied() {
        UUID account = UUID.randomUUID();

        TestKafka.send(TestTopics.ACCOUNTS, account.toString(), registered(account),
                headers(AccountEvents.REGISTERED.type()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> replica(account).isPresent());
        assertThat(replica(account).orElseThrow().name).isEqualTo("Acme Industrial");
    }

    private Optional<AccountReplicaEntity> replica(UUID account) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.findByIdOptional(account));
    }

    @Test
    void aTeamChangeWaitsForATransactionHoldingTheAccount() throws Exception {
        UUID account = UUID.randomUUID();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            accounts.lockAccount(account);
            held.countDown();
            await(release);
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> teamChange = CompletableFuture.runAsync(() -> applier.apply(event(
                AccountEvents.TEAM_CHANGED.type(), account,
                teamChanged(account, "MEMBER_ADDED", Instant.now(), Map.of(KATE, "KAM")))));

        Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !teamChange.isDone());
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        teamChange.get(10, TimeUnit.SECONDS);
        assertThat(QuarkusTransaction.requiringNew().call(() -> accounts.teamOf(account))).containsExactly(KATE);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static InboundEvent event(String type, UUID account, String payload) {
        return CloudEventRecords.event(type, account.toString(), payload);
    }

    private static Map<String, String> headers(String type) {
        return Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, type,
                CloudEventHeaders.SOURCE, "/kam/account-service",
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    }
}
