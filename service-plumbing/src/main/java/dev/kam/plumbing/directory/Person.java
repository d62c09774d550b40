package dev.kam.plumbing.directory;

import dev.kam.kernel.UserId;
import java.util.Objects;

/**
 * One of our people as the identity provider knows them. No e-mail or other contact data: the
 * services only need to know that the person exists, may log in, and what to call them.
 *
 * @param id          the Keycloak user id (the tokens' {@code sub})
 * @param username    the login name (may change; never a key)
 * @param displayName first and last name, or the username when the provider has no name
 * @param enabled     false for a user an administrator switched off: such a user cannot log in and
 *                    is not {@link PeopleDirectory#knows known}
 */
public record Person(UserId id, String username, String displayName, boolean enabled) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
    }
}
