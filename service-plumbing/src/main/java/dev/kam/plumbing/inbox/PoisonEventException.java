package dev.kam.plumbing.inbox;

/**
 * A record that can never be processed (missing CloudEvents headers, unknown type or version,
 * unreadable payload). It is not retried: it goes to the dead-letter topic with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
