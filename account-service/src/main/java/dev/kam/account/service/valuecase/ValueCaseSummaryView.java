package dev.kam.account.service.valuecase;

import dev.kam.account.domain.value.AlternativeKind;
import dev.kam.account.domain.value.ValueCaseCalculation;
import dev.kam.account.repository.ValueCaseEntity;
import dev.kam.account.service.money.MoneyBodies;
import dev.kam.plumbing.json.MoneyBody;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value case in a list: its totals without the lines")
public record ValueCaseSummaryView(
        UUID id,
        String title,
        String alternativeName,
        AlternativeKind alternativeKind,
        int horizonYears,
        String currency,
        int components,
        MoneyBody ourTotalCost,
        MoneyBody alternativeTotalCost,
        MoneyBody saving,
        @Schema(description = "Share of the claimed saving resting on measured or demonstrable figures, percent")
        String hardEvidencePercent,
        Instant updatedAt,
        long version) {

    public static ValueCaseSummaryView of(ValueCaseEntity entity) {
        ValueCaseCalculation calculation = ValueCaseCalculation.of(ReadingValueCases.toDomain(entity));
        return new ValueCaseSummaryView(entity.id, entity.title, entity.alternativeName,
                entity.alternativeKind, entity.horizonYears, entity.currency,
                entity.components.size(), MoneyBodies.of(calculation.ourTotalCost()),
                MoneyBodies.of(calculation.alternativeTotalCost()), MoneyBodies.of(calculation.saving()),
                calculation.evidenceShare().hard().value().toPlainString(), entity.updatedAt, entity.version);
    }
}
