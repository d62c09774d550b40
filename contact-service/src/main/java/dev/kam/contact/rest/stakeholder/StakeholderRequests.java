package dev.kam.contact.rest.stakeholder;

import dev.kam.contact.domain.stakeholder.StakeholderDetails;
import java.util.List;
import java.util.Optional;

/** The details part shared by adding and rewriting a person. */
final class StakeholderRequests {

    private StakeholderRequests() {
    }

    static StakeholderDetails details(String name, String position, String department,
            List<ChannelRequest> channels) {
        return new StakeholderDetails(name, Optional.ofNullable(position), Optional.ofNullable(department),
                channels == null ? List.of() : channels.stream().map(ChannelRequest::toChannel).toList());
    }
}
