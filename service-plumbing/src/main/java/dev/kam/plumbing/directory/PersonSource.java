package dev.kam.plumbing.directory;

import dev.kam.kernel.UserId;
import java.util.Optional;

/** Where the directory asks about a person: the identity provider itself (Keycloak's admin API). */
public interface PersonSource {

    /**
     * @return the person, or empty when the provider has no such person
     * @throws PeopleDirectoryUnavailableException when the provider cannot tell right now
     */
    Optional<Person> lookUp(UserId id);
}
