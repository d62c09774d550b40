package dev.kam.e2e;

/** Where the running suite is; defaults match infra/ports.env, overridable for another deployment. */
final class Suite {

    static final String GATEWAY_URL = setting("kam.gateway.url", "KAM_GATEWAY_URL", "http://127.0.0.1:8080");
    static final String OIDC_URL = setting("kam.oidc.url", "KAM_OIDC_URL", "http://127.0.0.1:8180/realms/kam");
    /** The services themselves, for what the gateway does not route: health, and calls that bypass its breaker. */
    static final String ACCOUNT_URL = setting("kam.account.url", "KAM_ACCOUNT_URL", "http://127.0.0.1:8081");
    static final String CONTACT_URL = setting("kam.contact.url", "KAM_CONTACT_URL", "http://127.0.0.1:8082");
    static final String INCENTIVE_URL = setting("kam.incentive.url", "KAM_INCENTIVE_URL", "http://127.0.0.1:8083");
    static final String KAFKA_BOOTSTRAP_SERVERS = setting("kafka.bootstrap.servers", "KAFKA_BOOTSTRAP_SERVERS",
            "127.0.0.1:19092");

    static final String DB_JDBC_BASE = "jdbc:postgresql://" + setting("kam.db.host", "KAM_DB_HOST", "127.0.0.1") + ":"
            + setting("kam.db.port", "KAM_DB_PORT", "15432") + "/";
    static final String DB_USER = setting("kam.db.user", "KAM_DB_USER", "kam");
    static final String DB_PASSWORD = setting("kam.db.password", "KAM_DB_PASSWORD", "kam");

    /** The clock skew the gateway and services allow on a token's expiry; an expired token is used only after it. */
    static final java.time.Duration TOKEN_CLOCK_SKEW = java.time.Duration.ofSeconds(
            Long.parseLong(setting("kam.oidc.clock-skew-seconds", "KAM_OIDC_CLOCK_SKEW_SECONDS", "30")));

    /**
     * The resilience tests' size: {@code short} in {@code ./kam test}, {@code long} in
     * {@code ./kam test --resilience} (docs/adr/0030).
     */
    static final boolean RESILIENCE_LONG = "long".equalsIgnoreCase(setting("kam.resilience", "KAM_RESILIENCE", "short"));

    private Suite() {
    }

    static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
