package dev.kam.contact.rest.stakeholder;

import dev.kam.contact.domain.stakeholder.StakeholderDetails;
import dev.kam.contact.service.stakeholder.StakeholderChanges;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The whole rewritable record of a person: a field left out is cleared. */
public record ChangeStakeholderRequest(
        @NotBlank @Size(max = StakeholderDetails.MAX_NAME_LENGTH) String name,
        @Size(max = StakeholderDetails.MAX_POSITION_LENGTH) String position,
        @Size(max = StakeholderDetails.MAX_DEPARTMENT_LENGTH) String department,
        UUID reportsTo,
        @Size(max = StakeholderDetails.MAX_CHANNELS) List<@Valid @NotNull ChannelRequest> channels,
        Boolean primaryContact) {

    public StakeholderChanges toChanges() {
        return new StakeholderChanges(StakeholderRequests.details(name, position, department, channels),
                Optional.ofNullable(reportsTo), Boolean.TRUE.equals(primaryContact));
    }
}
