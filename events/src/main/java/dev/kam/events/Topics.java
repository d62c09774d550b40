package dev.kam.events;

/** The suite's Kafka topics. Every record is keyed by the account id, so one account's events stay in order. */
public final class Topics {

    public static final String ACCOUNTS = "kam.accounts.v1";
    public static final String PURCHASES = "kam.purchases.v1";
    public static final String ACCOUNT_HEALTH = "kam.account-health.v1";
    public static final String STAKEHOLDERS = "kam.stakeholders.v1";
    public static final String INCENTIVES = "kam.incentives.v1";

    private Topics() {
    }
}
