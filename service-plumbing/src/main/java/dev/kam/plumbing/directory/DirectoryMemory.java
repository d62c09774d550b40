package dev.kam.plumbing.directory;

import dev.kam.kernel.UserId;
import java.util.Optional;

/**
 * What the directory remembers of earlier answers, so that adding ten members to a team asks
 * Keycloak at most ten times in a few minutes. Both kinds of answer are remembered, each for its
 * own while: a person who was just created is "unknown" only briefly. Failures are never remembered.
 */
public interface DirectoryMemory {

    Optional<Person> known(UserId id);

    boolean knownToBeUnknown(UserId id);

    void rememberKnown(Person person);

    void rememberUnknown(UserId id);
}
