package dev.kam.account.domain.team;

/** A person's role on an account team. */
public enum TeamRole {
    /** Leads the account; the dossier owner always has this role, and a deputy may have it too. */
    KAM,
    /** Works the account within a written zone of responsibility (e.g. logistics, technical service). */
    TEAM_MEMBER,
    /** Takes administrative work off the KAM (orders, paperwork, scheduling). */
    SUPPORT,
    /** Brought in for expertise (engineering, finance, legal) on this account. */
    SPECIALIST,
    /** Marketing assigned to this account; on the team it sees the full dossier, not just the summary. */
    MARKETING;

    /** KAMs manage the dossier, the team and the plans (see the access policy). */
    public boolean manages() {
        return this == KAM;
    }
}
