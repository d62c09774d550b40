package dev.kam.contact.service.role;

import dev.kam.contact.domain.role.RoleAssessment;
import dev.kam.contact.domain.role.RoleClassifier;
import dev.kam.contact.domain.role.RoleOverride;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.RoleAssessmentRepository;
import dev.kam.kernel.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Stores an assessment with the role the classifier gives and the one the team works with. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssessmentRecords {

    private final RoleAssessmentRepository assessments;
    private final RoleClassifier classifier;

    AssessmentRecords(RoleAssessmentRepository assessments, RoleClassifier classifier) {
        this.assessments = assessments;
        this.classifier = classifier;
    }

    public RoleAssessmentEntity store(UUID stakeholderId, UUID accountId, UUID decisionId, RoleAssessment assessment,
            UserId assessedBy, Instant at) {
        RoleAssessmentEntity entity = new RoleAssessmentEntity();
        entity.id = UUID.randomUUID();
        entity.stakeholderId = stakeholderId;
        entity.accountId = accountId;
        entity.decisionId = decisionId;
        entity.interest = (short) assessment.interest().value();
        entity.involvement = (short) assessment.involvement().value();
        entity.classifiedRole = assessment.classifiedRole(classifier);
        entity.role = assessment.role(classifier);
        entity.reason = assessment.reason();
        entity.overrideReason = assessment.override().map(RoleOverride::reason).orElse(null);
        entity.assessedBy = assessedBy.value();
        entity.assessedAt = at;
        assessments.persist(entity);
        return entity;
    }
}
