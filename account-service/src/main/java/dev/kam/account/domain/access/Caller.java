package dev.kam.account.domain.access;

import dev.kam.kernel.UserId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking: their user id and the realm role names from the token. Unknown role names are kept
 * but grant nothing.
 */
public record Caller(UserId userId, Set<String> realmRoles) {

    public Caller {
        if (userId == null) {
            throw new IllegalArgumentException("Caller's user id is required");
        }
        if (realmRoles == null) {
            throw new IllegalArgumentException("Realm roles are required (may be empty)");
        }
        if (realmRoles.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A realm role name cannot be missing");
        }
        realmRoles = Set.copyOf(realmRoles);
    }

    public static Caller of(UserId userId, RealmRole... roles) {
        return new Caller(userId, Arrays.stream(roles).map(RealmRole::roleName).collect(Collectors.toSet()));
    }

    public boolean has(RealmRole role) {
        return realmRoles.contains(role.roleName());
    }
}
