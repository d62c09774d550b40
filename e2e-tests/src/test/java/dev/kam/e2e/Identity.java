package dev.kam.e2e;

import java.util.Optional;

/** Who calls, one column of the access matrix: the demo users, tom on an account not his, and broken tokens. */
enum Identity {
    KATE("kate", DemoUser.KATE),
    TOM("tom", DemoUser.TOM),
    SAM("sam", DemoUser.SAM),
    DIANA("diana", DemoUser.DIANA),
    MAX("max", DemoUser.MAX),
    CARL("carl", DemoUser.CARL),
    EVE("eve", DemoUser.EVE),
    ADA("ada", DemoUser.ADA),
    /** tom, team member of kate's first account, on what belongs to her second account, whose team he is not on */
    TOM_ELSEWHERE("tom@other", DemoUser.TOM),
    ANONYMOUS("anonymous", null),
    /** kate's token with one character of its signature changed */
    TAMPERED("tampered", null),
    /** kate's claims under {@code alg: none}, unsigned */
    ALG_NONE("alg-none", null),
    /** kate's real token, used after it expired */
    EXPIRED("expired", null),
    /** a real token of the realm without the kam-api audience */
    WRONG_AUDIENCE("wrong-aud", null);

    private final String label;
    private final DemoUser user;

    Identity(String label, DemoUser user) {
        this.label = label;
        this.user = user;
    }

    String label() {
        return label;
    }

    /** The demo user whose valid token this identity sends; empty for the broken or missing tokens. */
    Optional<DemoUser> user() {
        return Optional.ofNullable(user);
    }
}
