package dev.kam.contact.service.brief;

import dev.kam.contact.client.AccountHistorySource;
import dev.kam.contact.service.brief.CollectingDecisionBriefFacts.DecisionBriefFacts;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Prepares the brief for one purchase decision: our own facts first (access-checked, profile reads
 * audited, in their own transaction), then the account's history from account-service with the
 * caller's token, outside any database transaction (as {@link PreparingBrief} does).
 */
@ApplicationScoped
public class PreparingDecisionBrief {

    private final CollectingDecisionBriefFacts collecting;
    private final AccountHistorySource history;
    private final Clock clock;

    PreparingDecisionBrief(CollectingDecisionBriefFacts collecting, AccountHistorySource history, Clock clock) {
        this.collecting = collecting;
        this.history = history;
        this.clock = clock;
    }

    public DecisionBriefView prepare(UUID decisionId) {
        DecisionBriefFacts facts = collecting.collect(decisionId);
        UUID accountId = facts.decision().accountId;
        AccountHistoryParts told = AccountHistoryParts.of(history.of(accountId));
        boolean profiles = facts.people().profilesIncluded();
        Log.infof("Brief prepared for purchase decision %s of account %s: %d people, profiles %s, history %s",
                decisionId, accountId, facts.people().attendees().size(), profiles ? "included" : "withheld",
                told.missing().isEmpty() ? "included" : "missing");
        return new DecisionBriefView(decisionId, facts.decision().name, accountId, facts.accountName(),
                Instant.now(clock), told.account(), told.recentInteractions(), told.openProblems(), told.missing(),
                profiles, profiles ? null : BriefPeople.PROFILES_WITHHELD, facts.people().attendees(),
                facts.nextActions());
    }
}
