package dev.kam.contact.consumer;

import dev.kam.contact.service.coverage.RecalculatingCoverage;
import dev.kam.plumbing.replica.AccountTeamReplaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A team change in the account replica (service-plumbing's, fed by kam.accounts.v1) can add or remove
 * relationship holders, so the account's coverage is recalculated in the same transaction.
 */
@ApplicationScoped
public class FollowingTeamChanges {

    private final RecalculatingCoverage coverage;

    FollowingTeamChanges(RecalculatingCoverage coverage) {
        this.coverage = coverage;
    }

    void teamReplaced(@Observes AccountTeamReplaced replaced) {
        coverage.recalculate(replaced.accountId());
    }
}
