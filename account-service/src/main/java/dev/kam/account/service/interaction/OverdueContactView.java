package dev.kam.account.service.interaction;

import dev.kam.account.domain.cadence.ContactStatus;
import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.repository.AccountEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account whose contact is overdue, as a row of someone's to-call list. */
@Schema(description = "An account whose next contact is overdue")
public record OverdueContactView(
        UUID accountId,
        String accountName,
        @Schema(enumeration = {"PROSPECT", "KEY", "AT_RISK", "DORMANT"}) AccountStatus status,
        @Schema(description = "Keycloak user id of the dossier owner") String ownerId,
        Instant lastContactAt,
        int cadenceDays,
        LocalDate dueOn,
        int daysOverdue) {

    static OverdueContactView of(AccountEntity account, ContactStatus status) {
        return new OverdueContactView(account.id, account.name, account.status, account.ownerId,
                account.lastContactAt, status.cadence().intervalDays(), status.dueDate(), status.daysOverdue());
    }
}
