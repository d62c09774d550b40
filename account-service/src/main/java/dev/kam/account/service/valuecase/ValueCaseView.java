package dev.kam.account.service.valuecase;

import dev.kam.account.domain.value.AlternativeKind;
import dev.kam.account.domain.value.ComponentLine;
import dev.kam.account.domain.value.CostCategory;
import dev.kam.account.domain.value.EvidenceKind;
import dev.kam.account.domain.value.EvidenceShare;
import dev.kam.account.domain.value.Recurrence;
import dev.kam.account.domain.value.ValueCaseCalculation;
import dev.kam.account.repository.ValueCaseEntity;
import dev.kam.account.service.money.MoneyBodies;
import dev.kam.plumbing.json.MoneyBody;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value case with its calculation")
public record ValueCaseView(
        UUID id,
        UUID accountId,
        String title,
        String alternativeName,
        AlternativeKind alternativeKind,
        int horizonYears,
        String currency,
        List<ComponentView> components,
        CalculationView calculation,
        @Schema(description = "User id of whoever created it") String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also the ETag; send it in If-Match to replace the case") long version) {

    @Schema(name = "ValueCaseComponent")
    public record ComponentView(int position, CostCategory category, String description, MoneyBody ourCost,
            MoneyBody alternativeCost, Recurrence recurrence, EvidenceKind evidenceKind, String source) {
    }

    /** The domain's arithmetic, every number shown so the client can check it. */
    @Schema(name = "ValueCaseCalculation")
    public record CalculationView(
            MoneyBody ourTotalCost,
            MoneyBody alternativeTotalCost,
            @Schema(description = "Alternative minus ours; negative when we are dearer") MoneyBody saving,
            List<LineView> lines,
            @Schema(description = "Net saving per evidence kind") Map<EvidenceKind, MoneyBody> savingByEvidence,
            EvidenceShareView evidenceShare,
            @Schema(description = "The saving stands on measured and demonstrable figures alone")
            boolean savingProvenByHardEvidence) {
    }

    @Schema(name = "ValueCaseLine")
    public record LineView(int position, String category, String description, EvidenceKind evidenceKind,
            String source, int occurrences, MoneyBody ourTotal, MoneyBody alternativeTotal, MoneyBody saving,
            @Schema(description = "The arithmetic written out") String calculation) {
    }

    /** How much of the claimed saving (the components where we are cheaper) rests on which evidence. */
    @Schema(name = "ValueCaseEvidenceShare")
    public record EvidenceShareView(MoneyBody basis, String hardPercent, String estimatePercent,
            String opinionPercent) {
    }

    public static ValueCaseView of(ValueCaseEntity entity) {
        ValueCaseCalculation calculation = ValueCaseCalculation.of(ReadingValueCases.toDomain(entity));
        List<ComponentView> components = entity.components.stream()
                .map(c -> new ComponentView(c.position + 1, c.category, c.description,
                        new MoneyBody(c.ourCost.toPlainString(), entity.currency),
                        new MoneyBody(c.alternativeCost.toPlainString(), entity.currency), c.recurrence,
                        c.evidenceKind, c.source))
                .toList();
        return new ValueCaseView(entity.id, entity.accountId, entity.title, entity.alternativeName,
                entity.alternativeKind, entity.horizonYears, entity.currency, components,
                calculationOf(calculation), entity.createdBy, entity.createdAt, entity.updatedAt, entity.version);
    }

    public static CalculationView calculationOf(ValueCaseCalculation calculation) {
        List<LineView> lines = new ArrayList<>();
        List<ComponentLine> domainLines = calculation.lines();
        for (int i = 0; i < domainLines.size(); i++) {
            ComponentLine line = domainLines.get(i);
            lines.add(new LineView(i + 1, line.component().category().name(), line.component().description(),
                    line.component().evidence(), line.component().source(), line.occurrences(),
                    MoneyBodies.of(line.ourTotal()), MoneyBodies.of(line.alternativeTotal()), MoneyBodies.of(line.saving()),
                    line.calculation()));
        }
        Map<EvidenceKind, MoneyBody> byEvidence = new EnumMap<>(EvidenceKind.class);
        calculation.savingByEvidence().forEach((kind, money) -> byEvidence.put(kind, MoneyBodies.of(money)));
        EvidenceShare share = calculation.evidenceShare();
        return new CalculationView(MoneyBodies.of(calculation.ourTotalCost()),
                MoneyBodies.of(calculation.alternativeTotalCost()), MoneyBodies.of(calculation.saving()), lines,
                byEvidence, new EvidenceShareView(MoneyBodies.of(share.basis()), share.hard().value().toPlainString(),
                        share.estimate().value().toPlainString(), share.opinion().value().toPlainString()),
                calculation.savingProvenByHardEvidence());
    }
}
