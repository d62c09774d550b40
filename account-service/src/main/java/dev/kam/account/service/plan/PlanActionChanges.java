package dev.kam.account.service.plan;

import dev.kam.account.domain.dossier.ActionStatus;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/** What to change on a plan action; an empty field stays as it is. */
public record PlanActionChanges(
        Optional<String> title,
        Optional<UserId> owner,
        Optional<LocalDate> dueOn,
        Optional<ActionStatus> status) {

    public PlanActionChanges {
        if (Stream.of(title, owner, dueOn, status).anyMatch(field -> field == null)) {
            throw new IllegalArgumentException("Plan action changes must be given or explicitly empty");
        }
        if (Stream.of(title, owner, dueOn, status).allMatch(Optional::isEmpty)) {
            throw new IllegalArgumentException("Send at least one field to change");
        }
    }
}
