package dev.kam.contact.service.brief;

import dev.kam.contact.client.AccountHistory;
import dev.kam.contact.client.AccountHistorySource;
import dev.kam.contact.client.AccountRecord;
import dev.kam.contact.domain.brief.BriefWarning;
import dev.kam.contact.domain.StakeholderId;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Prepares a negotiation brief: our own facts first (access-checked, validated, profile reads audited,
 * in their own transaction), then the account's history from account-service with the caller's token.
 * Deliberately not transactional: no database transaction is held open while account-service is asked.
 */
@ApplicationScoped
public class PreparingBrief {

    static final String PROFILES_WITHHELD = "Negotiation profiles are shown to the members of the account team "
            + "who negotiate only; they are left out of this brief.";

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
        AccountHistory told = history.of(accountId);
        List<String> missing = new ArrayList<>();
        told.missing().ifPresent(missing::add);
        Log.infof("Brief prepared for account %s: %d attendees, profiles %s, history %s", accountId,
                facts.attendees().size(), facts.profilesIncluded() ? "included" : "withheld",
                told.missing().isPresent() ? "missing" : "included");
        return new BriefView(accountId, facts.accountName(), plan.meetingOn(), plan.purpose(), Instant.now(clock),
                told.account().map(PreparingBrief::accountPart).orElse(null),
                told.recentInteractions().stream()
                        .map(i -> new BriefView.InteractionPart(i.occurredAt(), i.kind(), i.summary(), i.outcome(),
                                i.nextStep(), listOrEmpty(i.ourParticipantIds()), listOrEmpty(i.stakeholderIds())))
                        .toList(),
                told.openProblems().stream()
                        .map(p -> new BriefView.ProblemPart(p.title(), p.importance(), p.status(), p.weCanSolve(),
                                p.competitorBetter(), p.openedOn(), p.ageDays()))
                        .toList(),
                missing, facts.profilesIncluded(), facts.profilesIncluded() ? null : PROFILES_WITHHELD,
                plan.ourAttendeeIds(), facts.attendees(),
                facts.checklist().warnings().stream().map(PreparingBrief::warning).toList());
    }

    private static BriefView.AccountPart accountPart(AccountRecord a) {
        return new BriefView.AccountPart(a.status(), a.marketState(), a.competitor(), a.industry(), a.segment(),
                a.region(), a.ownerId(), a.contactCadenceDays(), a.lastContactAt(), a.healthScore(), a.healthBand());
    }

    private static BriefView.Warning warning(BriefWarning w) {
        return new BriefView.Warning(w.code().name(), w.stakeholder().map(StakeholderId::value).orElse(null),
                w.text());
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
