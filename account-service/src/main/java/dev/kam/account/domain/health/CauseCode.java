package dev.kam.account.domain.health;

/** The stable codes of why a relationship cools; also the vocabulary of loss reviews. */
public enum CauseCode {
    PURCHASE_DECLINE,
    OVERDUE_CONTACT,
    NEGATIVE_INTERACTIONS,
    UNRESOLVED_PROBLEMS,
    OVERDUE_PLAN_ACTIONS,
    TEAM_MEMBER_LEFT,
    SINGLE_THREADED_RELATIONSHIP,
    NO_LEADER_RELATIONSHIP,
    ONLY_BUTLER_REACHABLE,
    KEY_PERSON_LEFT
}
