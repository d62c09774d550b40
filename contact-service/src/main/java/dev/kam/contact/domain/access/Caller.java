package dev.kam.contact.domain.access;

import dev.kam.kernel.UserId;
import java.util.Set;

/** Who asks: one of our people with the realm roles of their token. */
public record Caller(UserId id, Set<String> realmRoles) {

    public static final String KAM_ADMIN = "kam-admin";
    public static final String SALES_DIRECTOR = "sales-director";
    public static final String MARKETING = "marketing";

    public Caller {
        if (id == null) {
            throw new IllegalArgumentException("Caller id is required");
        }
        realmRoles = realmRoles == null ? Set.of() : Set.copyOf(realmRoles);
    }

    boolean has(String realmRole) {
        return realmRoles.contains(realmRole);
    }
}
