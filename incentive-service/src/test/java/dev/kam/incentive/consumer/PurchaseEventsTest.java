package dev.kam.incentive.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.events.Topics;
import dev.kam.events.purchase.PurchaseEvents;
import dev.kam.incentive.fixtures.IncentiveRows;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

/** Purchase volumes from account-service become facts once, however often Kafka delivers them. */
@QuarkusTest
class PurchaseEventsTest {

    @Inject
    IncentiveRows rows;

    @Inject
    ApplyingPurchaseEvents applier;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void aPurchaseBecomesAFactWithItsPeriodAndAmount() {
        UUID account = UUID.randomUUID();
        InboundEvent recorded = purchase(account, "2026-Q3", "125000.50");

        applier.apply(recorded);

        assertThat(rows.single("select amount from purchase_fact where event_id = :e", Map.of("e", recorded.id())))
                .isEqualTo(new BigDecimal("125000.50"));
        assertThat(rows.single("select period from purchase_fact where event_id = :e", Map.of("e", recorded.id())))
                .isEqualTo("2026-Q3");
    }

    @Test
    void aReplayedPurchaseChangesNothing() {
        UUID account = UUID.randomUUID();
        InboundEvent recorded = purchase(account, "2026-Q3", "1000.00");
        applier.apply(recorded);
        // were the replay applied again, the fact would be back with its original amount
        rows.execute("update purchase_fact set amount = 1.00 where event_id = :e", Map.of("e", recorded.id()));

        applier.apply(recorded);

        assertThat(rows.single("select amount from purchase_fact where event_id = :e", Map.of("e", recorded.id())))
                .isEqualTo(new BigDecimal("1.00"));
        assertThat(rows.count("select count(*) from processed_event where consumer = :c and event_id = :e",
                Map.of("c", ApplyingPurchaseEvents.CONSUMER, "e", recorded.id()))).isEqualTo(1);
    }

    @Test
    void aPurchaseThatIsNotOneIsPoisonAndLeavesNoTrace() {
        UUID account = UUID.randomUUID();
        InboundEvent negative = InboundEvent.from(ConsumedEvents.unchecked(Topics.PURCHASES,
                PurchaseEvents.VOLUME_RECORDED.type(), account.toString(), payload(account, "2026-Q3", "-5.00")));
        InboundEvent badPeriod = InboundEvent.from(ConsumedEvents.unchecked(Topics.PURCHASES,
                PurchaseEvents.VOLUME_RECORDED.type(), account.toString(),
                payload(account, "2026-Q3", "5.00").replace("\"2026-Q3\"", "\"2026-Q9\"")));

        assertThatThrownBy(() -> applier.apply(negative)).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> applier.apply(badPeriod)).isInstanceOf(PoisonEventException.class);

        assertThat(rows.count("select count(*) from purchase_fact where account_id = :a", Map.of("a", account))).isZero();
        assertThat(rows.count("select count(*) from processed_event where event_id in (:n, :b)",
                Map.of("n", negative.id(), "b", badPeriod.id()))).isZero();
    }

    @Test
    void aRecordArrivingOnTheChannelIsApplied() {
        UUID account = UUID.randomUUID();

        connector.source("purchase-events").send(ConsumedEvents.record(Topics.PURCHASES,
                PurchaseEvents.VOLUME_RECORDED.type(), account.toString(), payload(account, "2026-H1", "42.00")));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rows.count(
                "select count(*) from purchase_fact where account_id = :a", Map.of("a", account)) == 1);
    }

    private static InboundEvent purchase(UUID account, String period, String amount) {
        return ConsumedEvents.event(Topics.PURCHASES, PurchaseEvents.VOLUME_RECORDED.type(), account.toString(),
                payload(account, period, amount));
    }

    private static String payload(UUID account, String period, String amount) {
        String type = period.contains("Q") ? "QUARTER" : period.contains("H") ? "HALF_YEAR" : "YEAR";
        return """
                {"accountId": "%s", "period": "%s", "periodType": "%s",
                 "volume": {"amount": "%s", "currency": "EUR"}, "quantity": null, "recordedAt": "%s"}"""
                .formatted(account, period, type, amount, Instant.now());
    }
}
