package dev.kam.contact.domain.history;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a logged interaction with the client took place (account-service's kinds). Every kind informs
 * the people who took part; only meetings, negotiations and visits are meeting them in person.
 */
public enum InteractionKind {
    MEETING(true),
    CALL(false),
    NEGOTIATION(true),
    EMAIL(false),
    VISIT(true);

    private final boolean inPerson;

    InteractionKind(boolean inPerson) {
        this.inPerson = inPerson;
    }

    public boolean inPerson() {
        return inPerson;
    }

    /** The kind named by an event; a kind this service does not know yet is empty (it still informs). */
    public static Optional<InteractionKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
