package dev.kam.account.repository;

import dev.kam.account.domain.health.HealthBand;
import dev.kam.account.domain.status.AccountStatus;
import java.util.UUID;

/**
 * What an account listing asks for; every field is optional.
 *
 * @param teamMemberId only accounts on whose team this user is (the caller, when they see no others)
 * @param nameContains case-insensitive part of the name
 * @param afterName    keyset: the lower-cased name of the last account of the previous page
 * @param afterId      keyset: the id of the last account of the previous page
 */
public record AccountListQuery(
        String teamMemberId,
        AccountStatus status,
        String segment,
        String ownerId,
        HealthBand healthBand,
        String nameContains,
        String afterName,
        UUID afterId) {
}
