package dev.kam.contact.domain.relationship;

/** The kind of contact one of our people has with a client person. */
public enum RelationshipType {
    /** Regular working contact about the business. */
    BUSINESS,
    /** Goes beyond work: they know each other personally. */
    PERSONAL,
    /** They have met, but only in formal settings. */
    FORMAL_ONLY
}
