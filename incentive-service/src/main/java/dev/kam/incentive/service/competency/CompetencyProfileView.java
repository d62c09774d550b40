package dev.kam.incentive.service.competency;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything about an employee's development: level, assessments, training, plan and career. */
@Schema(name = "CompetencyProfile")
public record CompetencyProfileView(
        String userId,
        ProfessionalismLevel professionalism,
        @Schema(description = "ASSESSMENT when derived from the latest assessment; RECORDED when typed on the "
                + "employee record because no assessment exists") ProfessionalismSource professionalismFrom,
        @Schema(description = "Newest first") List<AssessmentView> assessments,
        @Schema(description = "Newest first") List<TrainingView> training,
        @Schema(nullable = true, description = "null until one is set") DevelopmentPlanView developmentPlan,
        @Schema(description = "Oldest first") List<CareerStepView> careerSteps) {
}
