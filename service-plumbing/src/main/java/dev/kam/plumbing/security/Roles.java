package dev.kam.plumbing.security;

/** The realm roles of the suite's Keycloak realm (infra/keycloak/kam-realm.json). */
public final class Roles {

    public static final String KAM_ADMIN = "kam-admin";
    public static final String SALES_DIRECTOR = "sales-director";
    public static final String KEY_ACCOUNT_MANAGER = "key-account-manager";
    public static final String ACCOUNT_TEAM_MEMBER = "account-team-member";
    public static final String MARKETING = "marketing";
    public static final String COMPENSATION_ADMIN = "compensation-admin";
    public static final String EMPLOYEE = "employee";

    private Roles() {
    }
}
