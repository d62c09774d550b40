package dev.kam.plumbing.directory;

import dev.kam.kernel.UserId;
import java.util.Objects;

/**
 * A request names a person the identity provider does not know (never existed, deleted, disabled,
 * or not a person at all, like a service account). The services answer 422 naming {@link #field()}.
 * The message is shown to the caller, so it names the field and not the id.
 */
public class UnknownPersonException extends RuntimeException {

    private final String field;
    private final transient UserId userId;

    public UnknownPersonException(String field, UserId userId) {
        super("'" + Objects.requireNonNull(field, "field") + "' does not name a person known to the identity provider");
        this.field = field;
        this.userId = Objects.requireNonNull(userId, "userId");
    }

    /** The request field that named the person, as the client sent it (e.g. {@code userId}, {@code newOwnerId}). */
    public String field() {
        return field;
    }

    public UserId userId() {
        return userId;
    }
}
