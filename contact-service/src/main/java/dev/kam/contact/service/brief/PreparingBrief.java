package dev.kam.contact.service.brief;

import dev.kam.contact.client.AccountHistorySource;
import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.brief.BriefWarning;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Prepares a negotiation brief: our own facts first (access-checked, validated, profile reads audited,
 * in their own transaction), then the account's history from account-service with the caller's token.
 * Deliberately not transactional: no database transaction is held open while account-service is asked.
 */
@ApplicationScoped
public class PreparingBrief {

    private final CollectingBriefFacts collecting;
    private final AccountHistorySource history;
    private final Clock clock;

    PreparingBrief(CollectingBriefFacts collecting, AccountHistorySource history, Clock clock) {
        this.collecting = collecting;
        this.history = history;
        this.clock = clock;
    }

    public BriefView prepare(UUID accountId, MeetingPlan plan) {
        BriefFacts facts = collecting.collect(accountId, plan);
        AccountHistoryParts told = AccountHistoryParts.of(history.of(accountId));
        Log.infof("Brief prepared for account %s: %d attendees, profiles %s, history %s", accountId,
                facts.attendees().size(), facts.profilesIncluded() ? "included" : "withheld",
                told.missing().isEmpty() ? "included" : "missing");
        return new BriefView(accountId, facts.accountName(), plan.meetingOn(), plan.purpose(), Instant.now(clock),
                told.account(), told.recentInteractions(), told.openProblems(), told.missing(),
                facts.profilesIncluded(), facts.profilesIncluded() ? null : BriefPeople.PROFILES_WITHHELD,
                plan.ourAttendeeIds(), facts.attendees(),
                facts.checklist().warnings().stream().map(PreparingBrief::warning).toList());
    }

    private static BriefView.Warning warning(BriefWarning w) {
        return new BriefView.Warning(w.code().name(), w.stakeholder().map(StakeholderId::value).orElse(null),
                w.text());
    }
}
