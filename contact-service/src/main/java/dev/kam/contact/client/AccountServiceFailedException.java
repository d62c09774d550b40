package dev.kam.contact.client;

/** account-service answered with an error that is not about the caller's access (5xx, 401, 400...). */
public class AccountServiceFailedException extends RuntimeException {

    private final int status;

    public AccountServiceFailedException(int status) {
        super("account-service answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
