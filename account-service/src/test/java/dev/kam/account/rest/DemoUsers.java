package dev.kam.account.rest;

/** The Keycloak ids of the demo users (infra/keycloak), as the tests' token subjects. */
final class DemoUsers {

    static final String KATE = "00000000-0000-4000-8000-000000000001";
    static final String TOM = "00000000-0000-4000-8000-000000000002";
    static final String SAM = "00000000-0000-4000-8000-000000000003";
    static final String DIANA = "00000000-0000-4000-8000-000000000004";
    static final String MAX = "00000000-0000-4000-8000-000000000005";
    static final String EVE = "00000000-0000-4000-8000-000000000007";
    static final String ADA = "00000000-0000-4000-8000-000000000008";

    private DemoUsers() {
    }
}
