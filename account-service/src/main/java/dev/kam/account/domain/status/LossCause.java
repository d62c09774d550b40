package dev.kam.account.domain.status;

import dev.kam.account.domain.health.CauseCode;
import java.util.Arrays;
import java.util.Optional;

/**
 * One reason an account was lost: either a code from the cooling vocabulary (so losses and cooling
 * can be counted together) or free text for what the vocabulary does not name, e.g. "treated
 * incorrectly by our delivery staff".
 */
public record LossCause(String text) {

    public static final int MAX_LENGTH = 200;

    public LossCause {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A loss cause cannot be blank");
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A loss cause must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static LossCause of(CauseCode code) {
        if (code == null) {
            throw new IllegalArgumentException("Cause code is required");
        }
        return new LossCause(code.name());
    }

    public static LossCause described(String text) {
        return new LossCause(text);
    }

    /** The vocabulary code when the text is exactly one, otherwise empty (free text). */
    public Optional<CauseCode> code() {
        return Arrays.stream(CauseCode.values()).filter(code -> code.name().equals(text)).findFirst();
    }
}
