package dev.kam.contact.rest.stakeholder;

import dev.kam.contact.domain.stakeholder.ChannelKind;
import dev.kam.contact.domain.stakeholder.ContactChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One way to reach the person. */
public record ChannelRequest(@NotNull ChannelKind kind,
        @NotBlank @Size(max = ContactChannel.MAX_VALUE_LENGTH) String value) {

    ContactChannel toChannel() {
        return new ContactChannel(kind, value);
    }
}
