package dev.kam.e2e;

/** The expected answer of one cell of the access matrix, written as one letter in {@link AccessTable}. */
enum Outcome {
    /**
     * Access granted. A read answers 2xx. A write is either carried out (2xx) or refused by a check that
     * runs after authorisation: a stale If-Match (412), a conflict (409), a rule about the body (400, 422).
     */
    ALLOWED('Y'),
    /**
     * A batch judged row by row (the purchase import): a row the caller may not write refuses the whole
     * batch with 422 naming the row, and nothing is stored.
     */
    REFUSED_IN_BODY('R'),
    FORBIDDEN('F'),
    /** 404: the caller may not learn that the resource exists */
    HIDDEN('H'),
    UNAUTHENTICATED('U');

    private final char letter;

    Outcome(char letter) {
        this.letter = letter;
    }

    char letter() {
        return letter;
    }

    static Outcome of(char letter) {
        for (Outcome outcome : values()) {
            if (outcome.letter == letter) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("No outcome is written " + letter);
    }

    boolean accepts(int status, boolean read) {
        return switch (this) {
            case ALLOWED -> status / 100 == 2 || !read && (status == 400 || status == 409 || status == 412
                    || status == 422);
            case REFUSED_IN_BODY -> status == 422;
            case FORBIDDEN -> status == 403;
            case HIDDEN -> status == 404;
            case UNAUTHENTICATED -> status == 401;
        };
    }

    /** The letter an observed answer stands for; '?' for anything no outcome accepts. */
    static char letterOf(int status, boolean read) {
        for (Outcome outcome : values()) {
            if (outcome.accepts(status, read)) {
                return outcome.letter;
            }
        }
        return '?';
    }
}
