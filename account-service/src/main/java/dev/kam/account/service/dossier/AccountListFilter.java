package dev.kam.account.service.dossier;

import dev.kam.account.domain.health.HealthBand;
import dev.kam.account.domain.status.AccountStatus;

/**
 * The filters of an account listing; each is optional.
 *
 * @param mine only accounts on whose team the caller is
 * @param name case-insensitive part of the account name
 */
public record AccountListFilter(
        AccountStatus status,
        String segment,
        String ownerId,
        HealthBand healthBand,
        boolean mine,
        String name) {
}
