package dev.kam.plumbing.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the Keycloak user id (the token's {@code sub}), the user name and the realm roles.
 * Services identify people by {@link #userId()}, never by user name, which may change.
 */
public record CallerIdentity(String userId, String username, Set<String> roles) {

    public CallerIdentity {
        roles = Set.copyOf(roles);
    }

    public static CallerIdentity of(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            String username = token.getClaim("preferred_username");
            return new CallerIdentity(token.getSubject(), username == null ? token.getName() : username,
                    identity.getRoles());
        }
        String name = identity.getPrincipal().getName();
        return new CallerIdentity(name, name, identity.getRoles());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Roles in a stable order, for responses. */
    public Set<String> sortedRoles() {
        return new TreeSet<>(roles);
    }
}
