package dev.kam.plumbing.directory;

/**
 * The identity provider could not be asked (down, slow, refusing our credentials, or the circuit
 * breaker is open). The directory fails closed: nobody is admitted while it cannot tell, and the
 * services answer 503 so that the caller retries later.
 */
public class PeopleDirectoryUnavailableException extends RuntimeException {

    public static final String MESSAGE = "The people directory is unavailable, try again";

    public PeopleDirectoryUnavailableException(String reason, Throwable cause) {
        super(MESSAGE + " (" + reason + ")", cause);
    }

    public PeopleDirectoryUnavailableException(String reason) {
        this(reason, null);
    }
}
