package dev.kam.contact.domain.stakeholder;

/** What remains of a person whose data was erased: a placeholder that keeps references intact. */
public final class ErasedPerson {

    /** The name shown instead of the erased one; it says nothing about who he was. */
    public static final String PLACEHOLDER_NAME = "Erased person";

    private ErasedPerson() {
    }
}
