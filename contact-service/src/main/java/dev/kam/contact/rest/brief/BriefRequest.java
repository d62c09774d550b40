package dev.kam.contact.rest.brief;

import dev.kam.contact.service.brief.MeetingPlan;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A planned meeting to prepare: when, what for, and who will sit at the table on both sides. */
public record BriefRequest(
        @Schema(description = "The day of the meeting, today or later") @NotNull @FutureOrPresent LocalDate meetingOn,
        @Schema(description = "What the meeting is for") @NotBlank @Size(max = 500) String purpose,
        @Schema(description = "contact-service ids of the client's people expected (active people of this account)")
        @NotNull @Size(max = 30) List<@NotNull UUID> attendeeIds,
        @Schema(description = "Keycloak user ids of our people attending")
        @Size(max = 20) List<@NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]*",
                message = "must be a user id") String> ourAttendeeIds) {

    public MeetingPlan toPlan() {
        return new MeetingPlan(meetingOn, purpose.strip(), attendeeIds,
                ourAttendeeIds == null ? List.of() : ourAttendeeIds.stream().distinct().toList());
    }
}
