package dev.kam.account.rest.dossier;

import dev.kam.account.domain.cadence.ContactCadence;
import dev.kam.account.domain.dossier.Level;
import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.domain.status.MarketPosition;
import dev.kam.account.domain.status.MarketState;
import dev.kam.account.domain.team.ZoneOfResponsibility;
import dev.kam.account.service.dossier.AccountProfile;
import dev.kam.account.service.dossier.AccountRegistration;
import dev.kam.account.service.money.MoneyBodies;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.plumbing.json.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dossier's profile as a client sends it, for both acts: registering an account (the profile plus
 * the status it starts with and, for a kam-admin, its owner) and rewriting the profile with a PUT,
 * where a field left out is cleared (or, for the cadence and comparison rule, reset to its default).
 * Status and owner change through their own operations later, so a PUT passes over those three.
 */
@Schema(description = "A dossier's profile; status, ownerId and ownerZone are read only when registering")
public record AccountProfileRequest(
        @Schema(example = "Nordhafen Logistik GmbH") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Legal identifier (registration or VAT number), unique", example = "DE811234567")
        @NotBlank @Size(max = 64) String legalId,
        @Schema(example = "Logistics") @Size(max = 100) String industry,
        @Schema(example = "Large enterprise") @Size(max = 100) String segment,
        @Schema(description = "Region or serving office", example = "North") @Size(max = 100) String region,
        @Schema(description = "Distance from our serving office, km") @PositiveOrZero @Max(100_000)
        Integer travelDistanceKm,
        @Schema(description = "Travel time from our serving office, minutes") @PositiveOrZero @Max(100_000)
        Integer travelTimeMinutes,
        @Schema(description = "Registration only: PROSPECT (default) or KEY") AccountStatus status,
        @Schema(description = "Prospects only (and required for them)") MarketState marketState,
        @Schema(description = "The rival a captured prospect is locked into") @Size(max = 200) String competitor,
        @Schema(description = "Annual revenue potential") @Valid @ConvertGroup(to = MoneyBody.NotNegative.class)
        MoneyBody annualPotential,
        Level purchasingCentralisation,
        Level competitionLevel,
        Level internalCoordination,
        @Schema(description = "How well we meet our delivery obligations, percent", example = "96.5")
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal deliveryFulfilmentRate,
        @Schema(description = "Target days between contacts; 30 when left out", example = "30")
        @Min(ContactCadence.MIN_DAYS) @Max(ContactCadence.MAX_DAYS) Integer contactCadenceDays,
        @Schema(description = "How purchase volumes are compared; SAME_PERIOD_PREVIOUS_YEAR when left out")
        ComparisonRule comparisonRule,
        @Schema(description = "Registration only: Keycloak user id of the owner, required from a kam-admin; a key "
                + "account manager owns what they register") @Size(max = UserId.MAX_LENGTH) String ownerId,
        @Schema(description = "Registration only: the owner's zone of responsibility on the team; a standard text "
                + "when left out") @Size(max = ZoneOfResponsibility.MAX_LENGTH) String ownerZone) {

    static final int DEFAULT_CADENCE_DAYS = 30;

    /** The profile in domain values; a value the domain refuses is a 400. */
    AccountProfile toProfile() {
        return new AccountProfile(name, legalId, industry, segment, region, travelDistanceKm, travelTimeMinutes,
                marketPosition(), MoneyBodies.toMoney(annualPotential),
                purchasingCentralisation, competitionLevel, internalCoordination, deliveryFulfilmentRate,
                ContactCadence.everyDays(contactCadenceDays == null ? DEFAULT_CADENCE_DAYS : contactCadenceDays),
                comparisonRule == null ? ComparisonRule.defaultRule() : comparisonRule);
    }

    /** The registration: the profile, the starting status and the owner named by a kam-admin. */
    AccountRegistration toRegistration() {
        return new AccountRegistration(toProfile(), status,
                ownerId == null || ownerId.isBlank() ? Optional.empty() : Optional.of(UserId.of(ownerId.strip())),
                ownerZone == null || ownerZone.isBlank() ? null : ZoneOfResponsibility.of(ownerZone));
    }

    private Optional<MarketPosition> marketPosition() {
        if (marketState == null) {
            if (competitor != null && !competitor.isBlank()) {
                throw new IllegalArgumentException("A competitor is named only for marketState CAPTURED_BY_COMPETITOR");
            }
            return Optional.empty();
        }
        return Optional.of(new MarketPosition(marketState, Optional.ofNullable(competitor)));
    }
}
