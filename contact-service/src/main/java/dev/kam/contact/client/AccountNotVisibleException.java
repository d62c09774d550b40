package dev.kam.contact.client;

/** account-service answered 403 or 404: the caller may not see this account (or it does not exist there). */
public class AccountNotVisibleException extends RuntimeException {

    private final int status;

    public AccountNotVisibleException(int status) {
        super("account-service answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
