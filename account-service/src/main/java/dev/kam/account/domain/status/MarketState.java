package dev.kam.account.domain.status;

/** What a prospective key client's buying looks like today; drives the conversion plan. */
public enum MarketState {
    /** Buys on price from whoever offers most for least; no loyalty to anyone. */
    INDEPENDENT,
    /** Locked into a rival's brand; we must name the rival. */
    CAPTURED_BY_COMPETITOR
}
