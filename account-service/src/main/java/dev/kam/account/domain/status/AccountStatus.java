package dev.kam.account.domain.status;

/**
 * Where the account stands with us. Which moves between statuses are allowed is decided by
 * {@link StatusTransitionPolicy}.
 */
public enum AccountStatus {
    /** A prospective key client we are working to convert; carries a {@link MarketPosition}. */
    PROSPECT,
    /** An established key client. */
    KEY,
    /** A key client whose relationship is cooling and needs a deliberate retention effort. */
    AT_RISK,
    /**
     * A key client that is not buying for a known, benign reason (a project pause, a seasonal or
     * budget gap) and is kept warm rather than treated as cooling. Separate from AT_RISK so that the
     * retention effort goes where it is needed.
     */
    DORMANT,
    /** The client has gone; reached only with a {@link LossReview} so the same mistakes are not repeated. */
    LOST
}
