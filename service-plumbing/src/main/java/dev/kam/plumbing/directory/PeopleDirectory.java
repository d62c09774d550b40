package dev.kam.plumbing.directory;

import dev.kam.kernel.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/**
 * Who our people are: only a person known to the identity provider may be put on a team, own a
 * dossier or have a pay statement. Answers come from Keycloak (see {@link KeycloakPersonSource}) and
 * are remembered for a short while ({@link DirectoryMemory}).
 *
 * <p>It fails closed: when Keycloak cannot be asked, every question ends in a
 * {@link PeopleDirectoryUnavailableException} (503) and nobody is admitted. A disabled user, a deleted
 * one, a service account and an id that cannot name a user are all unknown.
 *
 * <p>{@code kam.directory.enabled=false} switches the check off for development and tests only
 * ({@link DirectorySwitch} refuses to start a production build with it): then every well-formed id
 * is admitted and {@link #find} tells nothing.
 */
@ApplicationScoped
public class PeopleDirectory {

    private final PersonSource source;
    private final DirectoryMemory memory;
    private final boolean checking;

    @Inject
    public PeopleDirectory(PersonSource source, DirectoryMemory memory, DirectoryConfig config) {
        this(source, memory, config.enabled());
    }

    public PeopleDirectory(PersonSource source, DirectoryMemory memory, boolean checking) {
        this.source = Objects.requireNonNull(source, "source");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.checking = checking;
    }

    /**
     * The person with this id as the identity provider knows them, disabled ones included (their
     * {@link Person#enabled()} is false); empty when there is no such person.
     *
     * @throws PeopleDirectoryUnavailableException when the identity provider cannot be asked
     */
    public Optional<Person> find(UserId id) {
        Objects.requireNonNull(id, "id");
        if (!checking || !PlausibleUserId.test(id)) {
            return Optional.empty();
        }
        Optional<Person> remembered = memory.known(id);
        if (remembered.isPresent()) {
            return remembered;
        }
        if (memory.knownToBeUnknown(id)) {
            return Optional.empty();
        }
        Optional<Person> answer = ask(id);
        answer.ifPresentOrElse(memory::rememberKnown, () -> memory.rememberUnknown(id));
        return answer;
    }

    /**
     * Whether this id names a person who may log in: known to the identity provider and enabled.
     *
     * @throws PeopleDirectoryUnavailableException when the identity provider cannot be asked
     */
    public boolean knows(UserId id) {
        if (!checking) {
            return PlausibleUserId.test(id);
        }
        return find(id).filter(Person::enabled).isPresent();
    }

    /**
     * Refuses a request whose {@code field} names somebody the directory does not {@link #knows know}.
     *
     * @throws UnknownPersonException              (422) when the person is unknown or disabled
     * @throws PeopleDirectoryUnavailableException (503) when the identity provider cannot be asked
     */
    public void requireKnown(String field, UserId id) {
        if (!knows(id)) {
            throw new UnknownPersonException(field, id);
        }
    }

    private Optional<Person> ask(UserId id) {
        try {
            return Objects.requireNonNull(source.lookUp(id), "a person source answers empty, never null");
        } catch (PeopleDirectoryUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // a timeout, an open circuit or anything unforeseen: nobody is admitted on a guess
            throw new PeopleDirectoryUnavailableException(e.getClass().getSimpleName(), e);
        }
    }
}
