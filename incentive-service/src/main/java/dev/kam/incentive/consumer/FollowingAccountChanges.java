package dev.kam.incentive.consumer;

import dev.kam.incentive.service.statement.FollowingTheFacts;
import dev.kam.incentive.service.workload.DetectingOverload;
import dev.kam.plumbing.replica.AccountStatusReplaced;
import dev.kam.plumbing.replica.AccountTeamReplaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What follows a change in the account replica (service-plumbing's, fed by kam.accounts.v1), in the
 * same transaction: whoever joined or left a team now serves other accounts, so their draft
 * statements are asked to follow up and their workload is rechecked; a lost account is no more work
 * for its team.
 */
@ApplicationScoped
public class FollowingAccountChanges {

    private final FollowingTheFacts statements;
    private final DetectingOverload overload;

    FollowingAccountChanges(FollowingTheFacts statements, DetectingOverload overload) {
        this.statements = statements;
        this.overload = overload;
    }

    void teamReplaced(@Observes AccountTeamReplaced replaced) {
        statements.employeesChanged(replaced.previousAndCurrentMembers());
        overload.recheck(replaced.previousAndCurrentMembers());
    }

    void statusReplaced(@Observes AccountStatusReplaced replaced) {
        overload.recheck(replaced.members());
    }
}
