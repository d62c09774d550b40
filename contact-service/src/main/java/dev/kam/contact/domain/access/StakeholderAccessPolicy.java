package dev.kam.contact.domain.access;

/**
 * Who may do what with one account's buying centre (docs/adr/0013):
 * <ul>
 * <li>members of the account's team read and write people, roles and relationships;</li>
 * <li>members who negotiate (every team role but MARKETING) also read, change and export negotiation
 * profiles, and erase a person's data; every member reads the profile audit trail (no values);</li>
 * <li>{@code sales-director} and {@code kam-admin} read people, roles and coverage of every account,
 * never profiles (403); {@code kam-admin} may erase a person's data on a data-subject request without
 * reading it;</li>
 * <li>{@code marketing} outside the team reads coverage only (403 on people);</li>
 * <li>anyone else: the account's people do not exist for them (404).</li>
 * </ul>
 */
public final class StakeholderAccessPolicy {

    public AccessVerdict check(Caller caller, ReplicatedTeam team, PeopleAction action) {
        if (caller == null || team == null || action == null) {
            throw new IllegalArgumentException("Caller, team and action are required");
        }
        boolean member = team.isMember(caller.id());
        boolean overseer = caller.has(Caller.SALES_DIRECTOR) || caller.has(Caller.KAM_ADMIN);
        boolean seesAccount = member || overseer || caller.has(Caller.MARKETING);
        if (!seesAccount) {
            return AccessVerdict.NOT_FOUND;
        }
        boolean allowed = switch (action) {
            case READ_COVERAGE -> true;
            case READ_PEOPLE -> member || overseer;
            case WRITE_PEOPLE, READ_PROFILE_AUDIT -> member;
            case HANDLE_PERSONAL_DATA -> team.negotiates(caller.id());
            case ERASE_PERSONAL_DATA -> team.negotiates(caller.id()) || caller.has(Caller.KAM_ADMIN);
        };
        return allowed ? AccessVerdict.ALLOWED : AccessVerdict.FORBIDDEN;
    }
}
