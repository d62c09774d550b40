package dev.kam.account.service.dossier;

import dev.kam.account.domain.access.AccessLevel;
import dev.kam.account.domain.dossier.Level;
import dev.kam.account.domain.health.HealthBand;
import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.domain.status.MarketState;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.service.team.TeamMemberView;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.plumbing.json.MoneyBody;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The full dossier of a key client, as the team, directors and admins read it. */
@Schema(description = "The full dossier of a key client (team, sales-director, kam-admin)")
public record AccountDossier(
        UUID id,
        String name,
        String legalId,
        String industry,
        String segment,
        String region,
        Integer travelDistanceKm,
        Integer travelTimeMinutes,
        @Schema(enumeration = {"PROSPECT", "KEY", "AT_RISK", "DORMANT", "LOST"}) AccountStatus status,
        @Schema(description = "Prospects only", enumeration = {"INDEPENDENT", "CAPTURED_BY_COMPETITOR"})
        MarketState marketState,
        @Schema(description = "The rival a captured prospect is locked into") String competitor,
        MoneyBody annualPotential,
        @Schema(enumeration = {"LOW", "MEDIUM", "HIGH"}) Level purchasingCentralisation,
        @Schema(enumeration = {"LOW", "MEDIUM", "HIGH"}) Level competitionLevel,
        @Schema(enumeration = {"LOW", "MEDIUM", "HIGH"}) Level internalCoordination,
        @Schema(description = "How well we meet our delivery obligations, percent 0..100")
        BigDecimal deliveryFulfilmentRate,
        @Schema(description = "Target days between contacts") int contactCadenceDays,
        @Schema(enumeration = {"SAME_PERIOD_PREVIOUS_YEAR", "PRECEDING_PERIOD"}) ComparisonRule comparisonRule,
        @Schema(description = "Keycloak user id of the dossier owner") String ownerId,
        List<TeamMemberView> team,
        Instant registeredAt,
        Instant updatedAt,
        Instant lastContactAt,
        Integer healthScore,
        @Schema(enumeration = {"HEALTHY", "WATCH", "AT_RISK", "CRITICAL"}) HealthBand healthBand,
        Instant healthAssessedAt,
        @Schema(description = "What the caller may do here: READ, CONTRIBUTE or MANAGE") AccessLevel yourAccess,
        @Schema(description = "The dossier version; also the ETag") long version) {

    public static AccountDossier of(AccountEntity account, AccessLevel yourAccess) {
        return new AccountDossier(account.id, account.name, account.legalId, account.industry, account.segment,
                account.region, account.travelDistanceKm, account.travelTimeMinutes, account.status,
                account.marketState, account.competitor, annualPotentialOf(account),
                account.purchasingCentralisation, account.competitionLevel, account.internalCoordination,
                account.deliveryFulfilmentRate, account.contactCadenceDays, account.comparisonRule, account.ownerId,
                TeamMemberView.listOf(account), account.registeredAt, account.updatedAt, account.lastContactAt,
                account.healthScore, account.healthBand, account.healthAssessedAt, yourAccess, account.version);
    }

    private static MoneyBody annualPotentialOf(AccountEntity account) {
        return account.annualPotentialAmount == null ? null
                : new MoneyBody(account.annualPotentialAmount.toPlainString(), account.annualPotentialCurrency);
    }
}
