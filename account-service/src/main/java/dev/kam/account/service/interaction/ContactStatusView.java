package dev.kam.account.service.interaction;

import dev.kam.account.domain.cadence.ContactStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the team is in touch with the client as often as it means to be. */
@Schema(description = "Contact cadence of an account: when the next contact is due and whether it is overdue")
public record ContactStatusView(
        UUID accountId,
        @Schema(description = "The latest logged interaction; absent if there has been none") Instant lastContactAt,
        @Schema(description = "Target interval between contacts, in days") int cadenceDays,
        @Schema(description = "The next contact is due on this day (counted from registration if never contacted)")
        LocalDate dueOn,
        @Schema(description = "True from the day after the due date") boolean overdue,
        int daysOverdue,
        @Schema(description = "Days left until the due date; zero on it and once overdue") int daysUntilDue,
        boolean neverContacted) {

    static ContactStatusView of(UUID accountId, Instant lastContactAt, ContactStatus status) {
        return new ContactStatusView(accountId, lastContactAt, status.cadence().intervalDays(), status.dueDate(),
                status.overdue(), status.daysOverdue(), status.daysUntilDue(), status.neverContacted());
    }
}
