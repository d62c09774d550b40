package dev.kam.account.service.dossier;

import dev.kam.account.domain.cadence.ContactCadence;
import dev.kam.account.domain.dossier.Level;
import dev.kam.account.domain.status.MarketPosition;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.service.money.MoneyBodies;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.ComparisonRule;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The editable part of a dossier, as domain values: what registration sets and a profile update
 * replaces. Status and ownership are not here; they change through their own acts.
 */
public record AccountProfile(
        String name,
        String legalId,
        String industry,
        String segment,
        String region,
        Integer travelDistanceKm,
        Integer travelTimeMinutes,
        Optional<MarketPosition> marketPosition,
        Money annualPotential,
        Level purchasingCentralisation,
        Level competitionLevel,
        Level internalCoordination,
        BigDecimal deliveryFulfilmentRate,
        ContactCadence contactCadence,
        ComparisonRule comparisonRule) {

    public AccountProfile {
        if (name == null || name.isBlank() || legalId == null || legalId.isBlank()) {
            throw new IllegalArgumentException("Name and legal identifier are required");
        }
        Objects.requireNonNull(marketPosition, "marketPosition");
        Objects.requireNonNull(contactCadence, "contactCadence");
        Objects.requireNonNull(comparisonRule, "comparisonRule");
        name = name.strip();
        legalId = legalId.strip();
        industry = blankToNull(industry);
        segment = blankToNull(segment);
        region = blankToNull(region);
        if (annualPotential != null && annualPotential.isNegative()) {
            throw new IllegalArgumentException("Annual potential cannot be negative");
        }
        if (isNegative(travelDistanceKm) || isNegative(travelTimeMinutes)) {
            throw new IllegalArgumentException("Travel distance and time cannot be negative");
        }
        if (deliveryFulfilmentRate != null && (deliveryFulfilmentRate.signum() < 0
                || deliveryFulfilmentRate.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("Delivery fulfilment rate is a percentage between 0 and 100");
        }
    }

    /** The profile as stored in the entity. */
    public static AccountProfile of(AccountEntity account) {
        Optional<MarketPosition> position = Optional.ofNullable(account.marketState)
                .map(state -> new MarketPosition(state, Optional.ofNullable(account.competitor)));
        Money potential = account.annualPotentialAmount == null ? null
                : Money.of(account.annualPotentialAmount, Money.currency(account.annualPotentialCurrency));
        return new AccountProfile(account.name, account.legalId, account.industry, account.segment, account.region,
                account.travelDistanceKm, account.travelTimeMinutes, position, potential,
                account.purchasingCentralisation, account.competitionLevel,
                account.internalCoordination, account.deliveryFulfilmentRate,
                ContactCadence.everyDays(account.contactCadenceDays), account.comparisonRule);
    }

    public void applyTo(AccountEntity account) {
        account.name = name;
        account.legalId = legalId;
        account.industry = industry;
        account.segment = segment;
        account.region = region;
        account.travelDistanceKm = travelDistanceKm;
        account.travelTimeMinutes = travelTimeMinutes;
        account.marketState = marketPosition.map(MarketPosition::state).orElse(null);
        account.competitor = marketPosition.flatMap(MarketPosition::competitor).orElse(null);
        account.annualPotentialAmount = annualPotential == null ? null : annualPotential.amount();
        account.annualPotentialCurrency = annualPotential == null ? null
                : annualPotential.currency().getCurrencyCode();
        account.purchasingCentralisation = purchasingCentralisation;
        account.competitionLevel = competitionLevel;
        account.internalCoordination = internalCoordination;
        account.deliveryFulfilmentRate = deliveryFulfilmentRate;
        account.contactCadenceDays = contactCadence.intervalDays();
        account.comparisonRule = comparisonRule;
    }

    /** Field name (as on the API) to value (as on the API), in a stable order: what the audit trail shows. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("legalId", legalId);
        fields.put("industry", industry);
        fields.put("segment", segment);
        fields.put("region", region);
        fields.put("travelDistanceKm", travelDistanceKm);
        fields.put("travelTimeMinutes", travelTimeMinutes);
        fields.put("marketState", marketPosition.map(position -> position.state().name()).orElse(null));
        fields.put("competitor", marketPosition.flatMap(MarketPosition::competitor).orElse(null));
        fields.put("annualPotential", MoneyBodies.of(annualPotential));
        fields.put("purchasingCentralisation", name(purchasingCentralisation));
        fields.put("competitionLevel", name(competitionLevel));
        fields.put("internalCoordination", name(internalCoordination));
        fields.put("deliveryFulfilmentRate", deliveryFulfilmentRate == null ? null
                : deliveryFulfilmentRate.stripTrailingZeros().toPlainString());
        fields.put("contactCadenceDays", contactCadence.intervalDays());
        fields.put("comparisonRule", comparisonRule.name());
        return fields;
    }

    /** The fields whose value differs in {@code changed}, with their new values. */
    public Map<String, Object> changesTo(AccountProfile changed) {
        Map<String, Object> before = fields();
        Map<String, Object> changes = new LinkedHashMap<>();
        changed.fields().forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.put(field, value);
            }
        });
        return changes;
    }

    private static boolean isNegative(Integer value) {
        return value != null && value < 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
