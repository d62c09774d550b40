package dev.kam.account.domain.dossier;

import dev.kam.account.domain.team.AccountTeam;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;

/**
 * Client problems and plan actions are owned by someone on the account team: an outsider could not
 * even see what they answer for, and the client deals with one team.
 */
public final class ResponsibleOwner {

    private ResponsibleOwner() {
    }

    public static UserId onTeam(UserId owner, AccountTeam team) {
        if (owner == null || team == null) {
            throw new IllegalArgumentException("Owner and team are required");
        }
        if (!team.isMember(owner)) {
            throw new DomainRuleViolation("owner-not-on-team", "The owner must be a member of the account team");
        }
        return owner;
    }
}
