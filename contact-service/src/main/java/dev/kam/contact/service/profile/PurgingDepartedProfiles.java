package dev.kam.contact.service.profile;

import dev.kam.contact.config.ContactConfig;
import dev.kam.contact.domain.profile.ProfileRetention;
import dev.kam.contact.repository.PersonalProfileEntity;
import dev.kam.contact.repository.PersonalProfileRepository;
import dev.kam.contact.repository.ProfileAuditAction;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.repository.StakeholderRepository;
import dev.kam.plumbing.schedule.OneReplicaAtATime;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reasonable sufficiency over time: profiles of people who left the client longer ago than
 * {@code kam.contact.profile-retention} are purged (audited as PURGE by the system). With several pods
 * the scheduled purge runs in one of them at a time: two purges at once pick the same profiles, and
 * the later one fails on the rows the first deleted, rolling back its whole pass.
 */
@ApplicationScoped
public class PurgingDepartedProfiles {

    /** The actor of purge entries in the audit trail. */
    public static final String SYSTEM_ACTOR = "system:profile-retention";

    /** The scheduled job's name, which is also its lock's. */
    static final String JOB = "profile-purge";

    private final StakeholderRepository stakeholders;
    private final PersonalProfileRepository profiles;
    private final ProfileAuditTrail audit;
    private final ProfileRetention retention;
    private final ContactConfig config;
    private final Clock clock;
    private final OneReplicaAtATime oneReplica;

    PurgingDepartedProfiles(StakeholderRepository stakeholders, PersonalProfileRepository profiles,
            ProfileAuditTrail audit, ProfileRetention retention, ContactConfig config, Clock clock,
            OneReplicaAtATime oneReplica) {
        this.stakeholders = stakeholders;
        this.profiles = profiles;
        this.audit = audit;
        this.retention = retention;
        this.config = config;
        this.clock = clock;
        this.oneReplica = oneReplica;
    }

    @Scheduled(identity = JOB, every = "${kam.contact.profile-purge-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        oneReplica.runAlone(JOB, () -> {
            int purged = purge();
            if (purged > 0) {
                Log.infof("Purged %d negotiation profiles of people who left the client", purged);
            }
        });
    }

    /** Purges every profile past its retention; returns how many. */
    @Transactional
    public int purge() {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        List<StakeholderEntity> due = stakeholders.leftBeforeWithProfile(retention.purgeLeftBefore(today));
        for (StakeholderEntity person : due) {
            PersonalProfileEntity profile = profiles.findById(person.id);
            audit.record(person.id, person.accountId, SYSTEM_ACTOR, ProfileAuditAction.PURGE,
                    profile.answers.keySet());
            profiles.delete(profile);
        }
        return due.size();
    }
}
