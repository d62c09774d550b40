package dev.kam.account.domain.team;

/**
 * What a team member answers for on this account, in a few written words, so that the client deals
 * with one team whose members each know their part.
 */
public record ZoneOfResponsibility(String text) {

    public static final int MAX_LENGTH = 500;

    public ZoneOfResponsibility {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Zone of responsibility cannot be blank");
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "Zone of responsibility must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static ZoneOfResponsibility of(String text) {
        return new ZoneOfResponsibility(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
