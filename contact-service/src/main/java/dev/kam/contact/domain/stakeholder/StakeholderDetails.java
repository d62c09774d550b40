package dev.kam.contact.domain.stakeholder;

import dev.kam.kernel.BoundedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the team records about a client person's place in his company: name, position, department and
 * how to reach him. Reasonable sufficiency: a few channels, no private life (that is the profile's
 * business, with stricter access).
 */
public record StakeholderDetails(String name, Optional<String> position, Optional<String> department,
        List<ContactChannel> channels) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_POSITION_LENGTH = 200;
    public static final int MAX_DEPARTMENT_LENGTH = 200;
    public static final int MAX_CHANNELS = 10;

    public StakeholderDetails {
        name = BoundedText.required(name, "name", MAX_NAME_LENGTH);
        position = BoundedText.optional(position, "position", MAX_POSITION_LENGTH);
        department = BoundedText.optional(department, "department", MAX_DEPARTMENT_LENGTH);
        if (channels == null || channels.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Channels are required and cannot contain gaps");
        }
        if (channels.size() > MAX_CHANNELS) {
            throw new IllegalArgumentException("At most " + MAX_CHANNELS + " contact channels per person");
        }
        channels = List.copyOf(channels);
    }

    @Override
    public String toString() {
        // names and channels are personal data: keep them out of logs
        return "StakeholderDetails[channels=" + channels.size() + "]";
    }
}
