package dev.kam.account.domain.negotiation;

/** The plain reading of a concession balance. */
public enum BalanceReading {
    BALANCED,
    /** We concede more than we get back: tit-for-tat says stop giving until the client reciprocates. */
    WE_GIVE_MORE,
    /** The client concedes more: reciprocate, or the relationship may read us as exploiting it. */
    THEY_GIVE_MORE
}
