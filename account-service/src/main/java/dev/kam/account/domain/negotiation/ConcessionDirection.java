package dev.kam.account.domain.negotiation;

/** Whether we made the concession or the client did. */
public enum ConcessionDirection {
    GIVEN,
    RECEIVED
}
