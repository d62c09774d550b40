package dev.kam.contact.service.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.contact.fixtures.ContactRows;
import dev.kam.plumbing.schedule.OneReplicaAtATime;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scheduled purge of departed people's profiles runs in one pod at a time. */
@QuarkusTest
class ProfilePurgeScheduleTest {

    @Inject
    ContactRows rows;

    @Inject
    PurgingDepartedProfiles purging;

    @Inject
    OneReplicaAtATime oneReplica;

    @Test
    void theScheduledPurgeIsSkippedWhileAnotherPodPurges() {
        UUID account = rows.account();
        UUID longGone = rows.person(account, "Long Gone");
        rows.profile(account, longGone, "EDUCATION", "x");
        rows.execute("update stakeholder set status = 'LEFT', left_on = :day where id = :id",
                Map.of("id", longGone, "day", LocalDate.now().minusDays(400)));

        // the outer run stands for another pod in the middle of its purge
        oneReplica.runAlone(PurgingDepartedProfiles.JOB, purging::onSchedule);
        assertThat(profilesOf(longGone)).isOne();

        purging.onSchedule();
        assertThat(profilesOf(longGone)).isZero();
        assertThat(rows.count("select count(*) from profile_audit where stakeholder_id = :id and action = 'PURGE'",
                Map.of("id", longGone))).isOne();
    }

    private long profilesOf(UUID person) {
        return rows.count("select count(*) from personal_profile where stakeholder_id = :id", Map.of("id", person));
    }
}
