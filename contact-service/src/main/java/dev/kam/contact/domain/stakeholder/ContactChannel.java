package dev.kam.contact.domain.stakeholder;

import dev.kam.kernel.BoundedText;

/** One way to reach a client person, e.g. an e-mail address. Personal data: erased with the person. */
public record ContactChannel(ChannelKind kind, String value) {

    public static final int MAX_VALUE_LENGTH = 300;

    public ContactChannel {
        if (kind == null) {
            throw new IllegalArgumentException("The channel kind is required");
        }
        value = BoundedText.required(value, "channel value", MAX_VALUE_LENGTH);
        if (kind == ChannelKind.EMAIL && !value.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("An e-mail channel needs an address like name@example.com");
        }
    }

    @Override
    public String toString() {
        return "ContactChannel[" + kind + "]";
    }
}
