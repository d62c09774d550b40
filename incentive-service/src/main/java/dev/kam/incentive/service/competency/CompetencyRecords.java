package dev.kam.incentive.service.competency;

import dev.kam.incentive.domain.competency.Competency;
import dev.kam.incentive.domain.competency.CompetencyAssessment;
import dev.kam.incentive.domain.competency.CompetencyScore;
import dev.kam.incentive.domain.competency.DevelopmentItem;
import dev.kam.incentive.domain.competency.DevelopmentPlan;
import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import dev.kam.incentive.repository.CareerStepEntity;
import dev.kam.incentive.repository.CompetencyAssessmentEntity;
import dev.kam.incentive.repository.DevelopmentItemEmbeddable;
import dev.kam.incentive.repository.DevelopmentPlanEntity;
import dev.kam.incentive.repository.TrainingRecordEntity;
import dev.kam.kernel.UserId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Competency rows to the domain and to their views. */
public final class CompetencyRecords {

    private CompetencyRecords() {
    }

    public static CompetencyAssessment toDomain(CompetencyAssessmentEntity row) {
        Map<Competency, CompetencyScore> scores = new EnumMap<>(Competency.class);
        row.scores.forEach((competency, score) -> scores.put(competency, CompetencyScore.of(score)));
        return new CompetencyAssessment(UserId.of(row.employeeId), scores, row.assessedOn, UserId.of(row.assessedBy));
    }

    public static AssessmentView view(CompetencyAssessmentEntity row) {
        CompetencyAssessment assessment = toDomain(row);
        Competency weakest = assessment.scores().entrySet().stream().min(Map.Entry.comparingByValue())
                .orElseThrow().getKey();
        return new AssessmentView(row.id, row.assessedOn, row.assessedBy, new EnumMap<>(row.scores),
                ProfessionalismLevel.meanScore(assessment).toPlainString(), weakest, ProfessionalismLevel.of(assessment),
                row.recordedBy, row.recordedAt);
    }

    public static TrainingView view(TrainingRecordEntity row) {
        return new TrainingView(row.id, row.title, row.competency, row.completedOn, row.recordedBy, row.recordedAt);
    }

    public static CareerStepView view(CareerStepEntity row) {
        return new CareerStepView(row.id, row.position, row.effectiveOn, row.note, row.recordedBy, row.recordedAt);
    }

    public static DevelopmentPlan toDomain(DevelopmentPlanEntity row) {
        return new DevelopmentPlan(UserId.of(row.employeeId), row.items.stream()
                .map(i -> new DevelopmentItem(i.competency, i.action, i.dueOn, i.done)).toList());
    }

    public static void write(DevelopmentPlan plan, DevelopmentPlanEntity row) {
        row.items.clear();
        for (DevelopmentItem item : plan.items()) {
            DevelopmentItemEmbeddable written = new DevelopmentItemEmbeddable();
            written.competency = item.competency();
            written.action = item.action();
            written.dueOn = item.dueOn();
            written.done = item.done();
            row.items.add(written);
        }
    }

    public static DevelopmentPlanView view(DevelopmentPlanEntity row, Optional<CompetencyAssessment> latest) {
        DevelopmentPlan plan = toDomain(row);
        return new DevelopmentPlanView(row.employeeId, plan.items().stream()
                .map(i -> new DevelopmentPlanView.Item(i.competency(), i.action(), i.dueOn(), i.done())).toList(),
                plan.addressesWeakest(latest).orElse(null), row.version, row.updatedBy, row.updatedAt);
    }
}
