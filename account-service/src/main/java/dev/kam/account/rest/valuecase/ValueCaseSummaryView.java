package dev.kam.account.rest.valuecase;

import dev.kam.account.domain.value.AlternativeKind;
import dev.kam.account.domain.value.ValueCaseCalculation;
import dev.kam.account.repository.ValueCaseEntity;
import dev.kam.account.service.valuecase.ReadingValueCases;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import dev.kam.account.rest.MoneyJson;

@Schema(description = "A value case in a list: its totals without the lines")
public record ValueCaseSummaryView(
        UUID id,
        String title,
        String alternativeName,
        AlternativeKind alternativeKind,
        int horizonYears,
        String currency,
        int components,
        MoneyJson ourTotalCost,
        MoneyJson alternativeTotalCost,
        MoneyJson saving,
        @Schema(description = "Share of the claimed saving resting on measured or demonstrable figures, percent")
        String hardEvidencePercent,
        Instant updatedAt,
        long version) {

    static ValueCaseSummaryView of(ValueCaseEntity entity) {
        ValueCaseCalculation calculation = ValueCaseCalculation.of(ReadingValueCases.toDomain(entity));
        return new ValueCaseSummaryView(entity.id, entity.title, entity.alternativeName,
                AlternativeKind.valueOf(entity.alternativeKind), entity.horizonYears, entity.currency,
                entity.components.size(), MoneyJson.of(calculation.ourTotalCost()),
                MoneyJson.of(calculation.alternativeTotalCost()), MoneyJson.of(calculation.saving()),
                calculation.evidenceShare().hard().value().toPlainString(), entity.updatedAt, entity.version);
    }
}
