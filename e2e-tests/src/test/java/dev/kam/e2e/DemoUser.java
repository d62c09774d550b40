package dev.kam.e2e;

/** The demo users of the local realm (infra/keycloak/kam-realm.json); password is name + "-demo". */
enum DemoUser {
    KATE("00000000-0000-4000-8000-000000000001"),
    TOM("00000000-0000-4000-8000-000000000002"),
    SAM("00000000-0000-4000-8000-000000000003"),
    DIANA("00000000-0000-4000-8000-000000000004"),
    MAX("00000000-0000-4000-8000-000000000005"),
    CARL("00000000-0000-4000-8000-000000000006"),
    EVE("00000000-0000-4000-8000-000000000007"),
    ADA("00000000-0000-4000-8000-000000000008");

    private final String id;

    DemoUser(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    String username() {
        return name().toLowerCase();
    }

    String password() {
        return username() + "-demo";
    }
}
