package dev.kam.contact.domain.role;

/**
 * A client person's place on the interest x involvement matrix of the buying centre. Only the role
 * travels in events; the person's profile never does.
 */
public enum BuyingCentreRole {
    /** High interest, high involvement: the purchase may touch his own performance criteria. */
    LEADER(Level.HIGH, Level.HIGH),
    /** High interest, low involvement: sets the norms early, then stays a key source of information. */
    SPECIFIER(Level.HIGH, Level.LOW),
    /** Low interest, high involvement: acts on instructions, mostly interested in price. */
    HELPER(Level.LOW, Level.HIGH),
    /** Low interest, low involvement: often our main contact, yet blocking access to the others. */
    BUTLER(Level.LOW, Level.LOW);

    private final Level interest;
    private final Level involvement;

    BuyingCentreRole(Level interest, Level involvement) {
        this.interest = interest;
        this.involvement = involvement;
    }

    public Level interest() {
        return interest;
    }

    public Level involvement() {
        return involvement;
    }

    /** Leaders and specifiers shape the decision; nobody of ours knowing them is a coverage gap. */
    public boolean isKeyPerson() {
        return interest == Level.HIGH;
    }
}
