package dev.kam.account.domain.value;

/** What we compare our offer with: a named competitor's offer or the client carrying on as now. */
public enum AlternativeKind {
    COMPETITOR,
    STATUS_QUO
}
