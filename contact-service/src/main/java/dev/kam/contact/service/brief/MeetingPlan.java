package dev.kam.contact.service.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A planned meeting a brief is prepared for: when, what for, who of the client and who of ours attend. */
public record MeetingPlan(LocalDate meetingOn, String purpose, List<UUID> attendeeIds, List<String> ourAttendeeIds) {

    public MeetingPlan {
        attendeeIds = List.copyOf(attendeeIds);
        ourAttendeeIds = ourAttendeeIds == null ? List.of() : List.copyOf(ourAttendeeIds);
    }
}
