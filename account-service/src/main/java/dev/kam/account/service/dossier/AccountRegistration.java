package dev.kam.account.service.dossier;

import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.domain.team.ZoneOfResponsibility;
import dev.kam.kernel.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * A new account: its profile, the status it starts with, and who owns it (a kam-admin names the
 * owner; a key account manager owns what they register) with the owner's zone on the team.
 */
public record AccountRegistration(
        AccountProfile profile,
        AccountStatus status,
        Optional<UserId> ownerId,
        ZoneOfResponsibility ownerZone) {

    /** The owner's zone when the registration does not write one. */
    public static final ZoneOfResponsibility DEFAULT_OWNER_ZONE =
            ZoneOfResponsibility.of("Dossier owner: leads the account team and keeps the dossier");

    public AccountRegistration {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(ownerId, "ownerId");
        status = status == null ? AccountStatus.PROSPECT : status;
        ownerZone = ownerZone == null ? DEFAULT_OWNER_ZONE : ownerZone;
    }
}
