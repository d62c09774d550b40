package dev.kam.plumbing.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeopleDirectoryTest {

    private static final UserId KATE = UserId.of("00000000-0000-4000-8000-000000000001");
    private static final UserId GONE = UserId.of("00000000-0000-4000-8000-0000000000ff");
    private static final Person KATE_ENABLED = new Person(KATE, "kate", "Kate Keller", true);

    private final ScriptedSource keycloak = new ScriptedSource();
    private final MapMemory memory = new MapMemory();
    private final PeopleDirectory directory = new PeopleDirectory(keycloak, memory, true);

    @Test
    void aPersonKeycloakKnowsIsKnownAndFoundWithTheirName() {
        keycloak.knows(KATE_ENABLED);

        assertThat(directory.knows(KATE)).isTrue();
        assertThat(directory.find(KATE)).contains(KATE_ENABLED);
    }

    @Test
    void anIdKeycloakHasNeverHeardOfIsUnknownAndRequiringItNamesTheField() {
        assertThat(directory.knows(GONE)).isFalse();
        assertThat(directory.find(GONE)).isEmpty();
        assertThatThrownBy(() -> directory.requireKnown("newOwnerId", GONE))
                .isInstanceOfSatisfying(UnknownPersonException.class, e -> {
                    assertThat(e.field()).isEqualTo("newOwnerId");
                    assertThat(e.userId()).isEqualTo(GONE);
                    assertThat(e.getMessage()).contains("newOwnerId").doesNotContain(GONE.value());
                });
    }

    @Test
    void aDisabledPersonIsFoundButNotKnownSinceTheyCannotLogIn() {
        Person disabled = new Person(KATE, "kate", "Kate Keller", false);
        keycloak.knows(disabled);

        assertThat(directory.find(KATE)).contains(disabled);
        assertThat(directory.knows(KATE)).isFalse();
        assertThatThrownBy(() -> directory.requireKnown("userId", KATE)).isInstanceOf(UnknownPersonException.class);
    }

    @Test
    void requiringAKnownPersonLetsTheRequestThrough() {
        keycloak.knows(KATE_ENABLED);

        directory.requireKnown("userId", KATE);

        assertThat(keycloak.questions).containsExactly(KATE);
    }

    @Test
    void theSecondQuestionAboutAKnownPersonIsAnsweredFromMemory() {
        keycloak.knows(KATE_ENABLED);

        directory.knows(KATE);
        directory.knows(KATE);
        directory.find(KATE);

        assertThat(keycloak.questions).containsExactly(KATE);
    }

    @Test
    void theSecondQuestionAboutAnUnknownIdIsAnsweredFromMemoryToo() {
        directory.knows(GONE);
        directory.knows(GONE);

        assertThat(keycloak.questions).containsExactly(GONE);
        assertThat(memory.unknown).containsExactly(GONE);
    }

    @Test
    void idsThatCannotNameAUserAreUnknownWithoutAskingKeycloak() {
        for (String id : List.of("..", ".", "a/b", "a b", "%2e%2e", "../users", "ghost?x=1", "#frag")) {
            assertThat(directory.knows(UserId.of(id))).as(id).isFalse();
        }

        assertThat(keycloak.questions).isEmpty();
        assertThat(memory.unknown).as("nothing worth remembering").isEmpty();
    }

    @Test
    void whenKeycloakCannotBeAskedTheDirectoryRefusesToDecide() {
        keycloak.down = true;

        assertThatThrownBy(() -> directory.knows(KATE)).isInstanceOf(PeopleDirectoryUnavailableException.class);
        assertThatThrownBy(() -> directory.requireKnown("userId", KATE))
                .isInstanceOf(PeopleDirectoryUnavailableException.class);
    }

    @Test
    void aFailureIsNotRememberedSoTheNextQuestionAsksAgain() {
        keycloak.down = true;
        assertThatThrownBy(() -> directory.knows(KATE)).isInstanceOf(PeopleDirectoryUnavailableException.class);

        keycloak.down = false;
        keycloak.knows(KATE_ENABLED);

        assertThat(directory.knows(KATE)).isTrue();
        assertThat(keycloak.questions).containsExactly(KATE, KATE);
        assertThat(memory.unknown).isEmpty();
    }

    @Test
    void anUnforeseenFailureLikeATimeoutOrAnOpenCircuitAlsoFailsClosed() {
        keycloak.unforeseen = new IllegalStateException("circuit open");

        assertThatThrownBy(() -> directory.knows(KATE))
                .isInstanceOf(PeopleDirectoryUnavailableException.class)
                .hasMessageStartingWith(PeopleDirectoryUnavailableException.MESSAGE)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(memory.known).isEmpty();
        assertThat(memory.unknown).isEmpty();
    }

    @Test
    void aPersonWhoAppearsAfterBeingUnknownIsRememberedOnlyAsKnown() {
        memory.rememberUnknown(KATE);
        memory.rememberKnown(KATE_ENABLED);

        assertThat(memory.knownToBeUnknown(KATE)).isFalse();
        assertThat(memory.known(KATE)).contains(KATE_ENABLED);
    }

    @Test
    void switchedOffForTestsTheDirectoryAdmitsEveryWellFormedIdWithoutAsking() {
        PeopleDirectory off = new PeopleDirectory(keycloak, memory, false);

        assertThat(off.knows(GONE)).isTrue();
        assertThat(off.find(GONE)).as("it has nothing to tell").isEmpty();
        assertThat(off.knows(UserId.of(".."))).as("still not an id").isFalse();
        assertThat(keycloak.questions).isEmpty();
    }

    @Test
    void aPersonWithoutANameIsShownByTheirUsername() {
        assertThat(new Person(KATE, "kate", " ", true).displayName()).isEqualTo("kate");
        assertThat(new Person(KATE, "kate", null, true).displayName()).isEqualTo("kate");
    }

    /** Keycloak as a script: who exists, whether it answers, and which questions it got. */
    private static final class ScriptedSource implements PersonSource {

        final Map<UserId, Person> people = new HashMap<>();
        final List<UserId> questions = new ArrayList<>();
        boolean down;
        RuntimeException unforeseen;

        void knows(Person person) {
            people.put(person.id(), person);
        }

        @Override
        public Optional<Person> lookUp(UserId id) {
            questions.add(id);
            if (down) {
                throw new PeopleDirectoryUnavailableException("connection refused");
            }
            if (unforeseen != null) {
                throw unforeseen;
            }
            return Optional.ofNullable(people.get(id));
        }
    }

    private static final class MapMemory implements DirectoryMemory {

        final Map<UserId, Person> known = new HashMap<>();
        final Set<UserId> unknown = new HashSet<>();

        @Override
        public Optional<Person> known(UserId id) {
            return Optional.ofNullable(known.get(id));
        }

        @Override
        public boolean knownToBeUnknown(UserId id) {
            return unknown.contains(id);
        }

        @Override
        public void rememberKnown(Person person) {
            unknown.remove(person.id());
            known.put(person.id(), person);
        }

        @Override
        public void rememberUnknown(UserId id) {
            known.remove(id);
            unknown.add(id);
        }
    }
}
