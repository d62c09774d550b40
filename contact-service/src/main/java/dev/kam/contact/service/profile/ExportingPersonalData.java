package dev.kam.contact.service.profile;

import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.profile.PersonalProfile;
import dev.kam.contact.repository.ContactHistoryRepository;
import dev.kam.contact.repository.PersonalProfileEntity;
import dev.kam.contact.repository.PersonalProfileRepository;
import dev.kam.contact.repository.ProfileAuditAction;
import dev.kam.contact.repository.RelationshipRepository;
import dev.kam.contact.repository.RoleAssessmentRepository;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.contact.service.relationship.RelationshipView;
import dev.kam.contact.service.role.AssessmentView;
import dev.kam.contact.service.stakeholder.StakeholderView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Exports a person's data as JSON for the team (who answer the data-subject request); audited. */
@ApplicationScoped
@Transactional
public class ExportingPersonalData {

    private static final int WHOLE_HISTORY = Integer.MAX_VALUE;

    private final StakeholderAccess access;
    private final RoleAssessmentRepository assessments;
    private final RelationshipRepository relationships;
    private final ContactHistoryRepository histories;
    private final PersonalProfileRepository profiles;
    private final ProfileAuditTrail audit;
    private final Clock clock;

    ExportingPersonalData(StakeholderAccess access, RoleAssessmentRepository assessments,
            RelationshipRepository relationships, ContactHistoryRepository histories,
            PersonalProfileRepository profiles, ProfileAuditTrail audit, Clock clock) {
        this.access = access;
        this.assessments = assessments;
        this.relationships = relationships;
        this.histories = histories;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    public PersonalDataExport export(UUID stakeholderId) {
        StakeholderEntity person = access.requireStakeholder(stakeholderId, PeopleAction.HANDLE_PERSONAL_DATA);
        PersonalProfileEntity stored = profiles.findById(stakeholderId);
        PersonalProfile profile = KeepingProfiles.domainOf(stakeholderId, stored);
        audit.record(stakeholderId, person.accountId, access.caller().id().value(), ProfileAuditAction.EXPORT,
                profile.answers().keySet());
        return new PersonalDataExport(Instant.now(clock),
                StakeholderView.of(person, assessments.current(stakeholderId, null).orElse(null),
                        histories.of(stakeholderId)),
                assessments.history(stakeholderId, null, null, WHOLE_HISTORY).stream().map(AssessmentView::of)
                        .toList(),
                relationships.ofStakeholder(stakeholderId).stream().map(RelationshipView::of).toList(),
                KeepingProfiles.view(stakeholderId, stored, profile));
    }
}
