package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CompetencyAssessmentRepository implements PanacheRepositoryBase<CompetencyAssessmentEntity, UUID> {

    /** Newest first: by the date assessed, then by when it was recorded. */
    public List<CompetencyAssessmentEntity> ofEmployee(String employeeId) {
        return list("employeeId = ?1 order by assessedOn desc, recordedAt desc, id", employeeId);
    }

    public Optional<CompetencyAssessmentEntity> latestOf(String employeeId) {
        return find("employeeId = ?1 order by assessedOn desc, recordedAt desc, id", employeeId).firstResultOptional();
    }
}
