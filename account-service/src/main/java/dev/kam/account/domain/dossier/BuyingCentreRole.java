package dev.kam.account.domain.dossier;

/**
 * A client person's place in the buying centre, as classified by contact-service (interest x
 * involvement). account-service keeps its own copy of the vocabulary: only the role travels in
 * events, never the person's profile.
 */
public enum BuyingCentreRole {
    /** High interest, high involvement: the purchase may touch his own performance criteria. */
    LEADER,
    /** High interest, low involvement: sets the norms early and stays a key source of information. */
    SPECIFIER,
    /** Low interest, high involvement: acts on instructions, mostly interested in price. */
    HELPER,
    /** Low interest, low involvement: often our main contact, yet blocking access to the others. */
    BUTLER;

    /** Leaders and specifiers shape the decision; losing one of them can cool the relationship. */
    public boolean isKeyPerson() {
        return this == LEADER || this == SPECIFIER;
    }
}
