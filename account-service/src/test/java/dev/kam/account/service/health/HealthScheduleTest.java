package dev.kam.account.service.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kam.account.config.HealthConfig;
import dev.kam.account.domain.health.HealthPolicy;
import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.fixtures.Dossiers;
import dev.kam.plumbing.schedule.OneReplicaAtATime;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scheduled pass over the portfolio (in one pod at a time), and the policy it scores with. */
@QuarkusTest
class HealthScheduleTest {

    @Inject
    Dossiers rows;

    @Inject
    ReassessingHealthOnSchedule schedule;

    @Inject
    HealthPolicy policy;

    @Inject
    HealthConfig config;

    @Inject
    OneReplicaAtATime oneReplica;

    @Inject
    AssessingAccountHealth health;

    @Inject
    BackgroundYield backgroundYield;

    @Test
    void thePassReassessesEveryAccountThatIsNotLost() {
        UUID active = rows.keyAccount();
        UUID lost = rows.keyAccount(account -> account.status = AccountStatus.LOST);

        ReassessingHealthOnSchedule.Pass pass = schedule.reassessAll();

        assertThat(pass.accounts()).isGreaterThanOrEqualTo(1);
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", active)))
                .isEqualTo(100);
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", lost))).isNull();
        assertThat(rows.count("select count(*) from health_snapshot where account_id = :id", Map.of("id", lost)))
                .isZero();
    }

    @Test
    void oneAccountThatCannotBeAssessedDoesNotStopThePass() {
        // a contact cadence the domain refuses makes this one account's assessment fail
        UUID broken = rows.keyAccount(account -> account.contactCadenceDays = 0);
        UUID fine = rows.keyAccount();

        ReassessingHealthOnSchedule.Pass pass = schedule.reassessAll();

        assertThat(pass.failedOrSkipped()).isGreaterThanOrEqualTo(1);
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", broken))).isNull();
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", fine)))
                .isEqualTo(100);
    }

    @Test
    void theScheduledPassIsSkippedWhileAnotherPodRunsIt() {
        UUID active = rows.keyAccount();

        // the outer run stands for another pod in the middle of its pass
        oneReplica.runAlone(ReassessingHealthOnSchedule.JOB, schedule::onSchedule);
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", active))).isNull();

        schedule.onSchedule();
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", active)))
                .isEqualTo(100);
    }

    @Test
    void theBackgroundReassessmentWaitsForAPurchaseImportUnderWay() {
        List<UUID> accounts = IntStream.range(0, AssessingAccountHealth.REASSESSED_IN_LINE + 1)
                .mapToObj(i -> rows.keyAccount()).toList();
        Callable<Long> assessed = () -> rows.count("select count(*) from account where id in (:ids)"
                + " and health_score is not null", Map.of("ids", accounts));

        try (BackgroundYield.BulkWrite importUnderWay = backgroundYield.bulkWriteStarted()) {
            health.reassessAfterChange(accounts);
            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> assessed.call() == 0);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> assessed.call() == accounts.size());
    }

    @Test
    void theConfiguredPolicyIsTheDomainsDefaultUnlessOperatorsChangeIt() {
        assertThat(policy).isEqualTo(HealthPolicy.defaults());
        assertThat(config.policy()).isEqualTo(HealthPolicy.defaults());
        assertThat(config.reassessInterval()).isEqualTo("off");
    }
}
