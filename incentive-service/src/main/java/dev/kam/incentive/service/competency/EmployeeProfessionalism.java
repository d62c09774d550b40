package dev.kam.incentive.service.competency;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import dev.kam.incentive.repository.CompetencyAssessmentRepository;
import dev.kam.incentive.repository.EmployeeEntity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The professionalism level the suite counts with: derived from the latest assessment when there is
 * one (a typed level is then ignored), else the level typed on the employee record.
 */
@ApplicationScoped
public class EmployeeProfessionalism {

    private final CompetencyAssessmentRepository assessments;

    EmployeeProfessionalism(CompetencyAssessmentRepository assessments) {
        this.assessments = assessments;
    }

    public Professionalism of(EmployeeEntity employee) {
        return assessments.latestOf(employee.userId)
                .map(latest -> new Professionalism(ProfessionalismLevel.of(CompetencyRecords.toDomain(latest)),
                        ProfessionalismSource.ASSESSMENT))
                .orElseGet(() -> new Professionalism(employee.professionalism, ProfessionalismSource.RECORDED));
    }
}
