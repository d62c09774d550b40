package dev.kam.contact.domain.relationship;

/** How well the contact is going, in the judgement of the person who holds it. */
public enum RelationshipQuality {
    GOOD,
    NEUTRAL,
    POOR
}
