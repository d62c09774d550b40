package dev.kam.account.service.dossier;

import dev.kam.account.domain.health.HealthBand;
import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.domain.status.MarketState;
import dev.kam.account.repository.AccountEntity;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What anyone who may see an account at all reads about it: no personal data and nothing of the
 * dossier's working detail. The row of every account list, and what marketing sees.
 */
@Schema(description = "A non-personal summary of an account")
public record AccountSummary(
        UUID id,
        String name,
        String industry,
        String segment,
        String region,
        @Schema(enumeration = {"PROSPECT", "KEY", "AT_RISK", "DORMANT", "LOST"}) AccountStatus status,
        @Schema(enumeration = {"INDEPENDENT", "CAPTURED_BY_COMPETITOR"}) MarketState marketState,
        @Schema(description = "Keycloak user id of the dossier owner") String ownerId,
        Integer healthScore,
        @Schema(enumeration = {"HEALTHY", "WATCH", "AT_RISK", "CRITICAL"}) HealthBand healthBand) {

    static AccountSummary of(AccountEntity account) {
        return new AccountSummary(account.id, account.name, account.industry, account.segment, account.region,
                account.status, account.marketState, account.ownerId, account.healthScore, account.healthBand);
    }
}
