package dev.kam.contact.service.profile;

import dev.kam.contact.service.relationship.RelationshipView;
import dev.kam.contact.service.role.AssessmentView;
import dev.kam.contact.service.stakeholder.StakeholderView;
import java.time.Instant;
import java.util.List;

/**
 * Everything this service holds about one person, for a data-subject access request: his record, every
 * role assessment with its reasons, our relationships with him, and the negotiation profile.
 */
public record PersonalDataExport(Instant exportedAt, StakeholderView stakeholder, List<AssessmentView> assessments,
        List<RelationshipView> relationships, ProfileView profile) {

    @Override
    public String toString() {
        return "PersonalDataExport[stakeholder=" + stakeholder.id() + "]";
    }
}
