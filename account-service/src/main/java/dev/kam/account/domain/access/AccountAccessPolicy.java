package dev.kam.account.domain.access;

import dev.kam.account.domain.team.AccountTeam;

/**
 * Who may see and do what on an account. The caller gets the highest level any rule grants:
 * <ul>
 * <li>the dossier owner and team members with role KAM: MANAGE;</li>
 * <li>other team members (any role): CONTRIBUTE, i.e. read the dossier and log interactions,
 * problems, concessions, value-case components and progress on their plan actions;</li>
 * <li>{@code kam-admin}: MANAGE on every account, because someone must be able to hand a dossier
 * over when its owner leaves the company;</li>
 * <li>{@code sales-director}: READ on every account (oversight, not day-to-day work);</li>
 * <li>{@code marketing}: SUMMARY on every account (no personal data);</li>
 * <li>{@code purchase-volume-feed} (an integration's service account, e.g. the ERP): may record
 * purchase volumes of every account and nothing else; every other act, reading included, is NONE;</li>
 * <li>everyone else, including {@code key-account-manager}, {@code account-team-member},
 * {@code compensation-admin} and {@code employee} who are not on this team: NONE.</li>
 * </ul>
 * Team membership, not a realm role, opens an account: the roles {@code key-account-manager} and
 * {@code account-team-member} say what a person does in general, the team says where.
 * <p>
 * NONE hides the account (404) so its existence does not leak; a caller who can see the account
 * but not do the act gets 403, e.g. marketing asking for the full dossier.
 */
public final class AccountAccessPolicy {

    public AccessLevel levelFor(Caller caller, AccountTeam team) {
        if (caller == null || team == null) {
            throw new IllegalArgumentException("Caller and team are required");
        }
        AccessLevel level = levelWithoutTeam(caller);
        AccessLevel onTeam = levelOnTeam(caller, team);
        return onTeam.compareTo(level) > 0 ? onTeam : level;
    }

    /** The level a caller has on every account, whatever its team; the basis for portfolio listings. */
    public AccessLevel levelWithoutTeam(Caller caller) {
        if (caller == null) {
            throw new IllegalArgumentException("Caller is required");
        }
        if (caller.has(RealmRole.KAM_ADMIN)) {
            return AccessLevel.MANAGE;
        }
        if (caller.has(RealmRole.SALES_DIRECTOR)) {
            return AccessLevel.READ;
        }
        if (caller.has(RealmRole.MARKETING)) {
            return AccessLevel.SUMMARY;
        }
        return AccessLevel.NONE;
    }

    public boolean visibleToCaller(Caller caller, AccountTeam team) {
        return levelFor(caller, team) != AccessLevel.NONE;
    }

    public AccessVerdict check(Caller caller, AccountTeam team, AccountAction action) {
        if (action == null) {
            throw new IllegalArgumentException("Action is required");
        }
        if (action == AccountAction.RECORD_PURCHASE_VOLUME && caller != null
                && caller.has(RealmRole.PURCHASE_VOLUME_FEED)) {
            return AccessVerdict.GRANTED;
        }
        AccessLevel level = levelFor(caller, team);
        if (level == AccessLevel.NONE) {
            return AccessVerdict.NOT_FOUND;
        }
        return level.includes(action.required()) ? AccessVerdict.GRANTED : AccessVerdict.FORBIDDEN;
    }

    /**
     * Registering a new account: a key account manager (who becomes its owner) or a kam-admin (who
     * names the owner).
     */
    public boolean mayRegisterAccounts(Caller caller) {
        if (caller == null) {
            throw new IllegalArgumentException("Caller is required");
        }
        return caller.has(RealmRole.KEY_ACCOUNT_MANAGER) || caller.has(RealmRole.KAM_ADMIN);
    }

    private static AccessLevel levelOnTeam(Caller caller, AccountTeam team) {
        if (team.isOwner(caller.userId())) {
            return AccessLevel.MANAGE;
        }
        return team.roleOf(caller.userId())
                .map(role -> role.manages() ? AccessLevel.MANAGE : AccessLevel.CONTRIBUTE)
                .orElse(AccessLevel.NONE);
    }
}
