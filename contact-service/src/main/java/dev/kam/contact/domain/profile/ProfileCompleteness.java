package dev.kam.contact.domain.profile;

/** How much of the preparation form is filled in: answered questions out of all of them. */
public record ProfileCompleteness(int answered, int total) {

    public ProfileCompleteness {
        if (total <= 0) {
            throw new IllegalArgumentException("The total must be positive");
        }
        if (answered < 0 || answered > total) {
            throw new IllegalArgumentException("Answered must be between 0 and the total");
        }
    }

    /** Whole percent, rounded down, so 100 only when every question is answered. */
    public int percent() {
        return answered * 100 / total;
    }

    public boolean isComplete() {
        return answered == total;
    }
}
