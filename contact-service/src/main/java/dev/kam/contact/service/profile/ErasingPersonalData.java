package dev.kam.contact.service.profile;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.profile.Erasure;
import dev.kam.contact.domain.profile.ProfileQuestion;
import dev.kam.contact.domain.stakeholder.ErasedPerson;
import dev.kam.contact.event.StakeholderEventMapping;
import dev.kam.contact.repository.ContactHistoryRepository;
import dev.kam.contact.repository.PersonalProfileEntity;
import dev.kam.contact.repository.PersonalProfileRepository;
import dev.kam.contact.repository.ProfileAuditAction;
import dev.kam.contact.repository.PublishedTraces;
import dev.kam.contact.repository.RelationshipRepository;
import dev.kam.contact.repository.RoleAssessmentRepository;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.repository.StakeholderRepository;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.kernel.AccountId;
import dev.kam.plumbing.outbox.Outbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Erases a person's data (a data-subject request, docs/adr/0014): he becomes a placeholder that keeps
 * every reference (roles, relationships, reporting lines, coverage) intact, while his name, position,
 * department, channels, destination, profile, contact history and every free-text reason about him are
 * removed from every table of this service, including stored responses and event payloads still in the
 * outbox.
 * Other services learn it from {@code dev.kam.stakeholder.erased.v1}. Erasing twice changes nothing.
 */
@ApplicationScoped
@Transactional
public class ErasingPersonalData {

    private final StakeholderAccess access;
    private final StakeholderRepository stakeholders;
    private final PersonalProfileRepository profiles;
    private final RoleAssessmentRepository assessments;
    private final RelationshipRepository relationships;
    private final ContactHistoryRepository histories;
    private final PublishedTraces traces;
    private final ProfileAuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    ErasingPersonalData(StakeholderAccess access, StakeholderRepository stakeholders,
            PersonalProfileRepository profiles, RoleAssessmentRepository assessments,
            RelationshipRepository relationships, ContactHistoryRepository histories, PublishedTraces traces,
            ProfileAuditTrail audit, Outbox outbox, Clock clock) {
        this.access = access;
        this.stakeholders = stakeholders;
        this.profiles = profiles;
        this.assessments = assessments;
        this.relationships = relationships;
        this.histories = histories;
        this.traces = traces;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    public ErasureView erase(UUID stakeholderId) {
        StakeholderEntity person = access.requireStakeholder(stakeholderId, PeopleAction.ERASE_PERSONAL_DATA);
        if (person.erased()) {
            return new ErasureView(stakeholderId, person.erasedAt, List.of());
        }
        Instant now = Instant.now(clock);
        PersonalProfileEntity stored = profiles.findById(stakeholderId);
        Erasure erasure = KeepingProfiles.domainOf(stakeholderId, stored).erased();
        if (stored != null) {
            profiles.delete(stored);
        }
        person.name = ErasedPerson.PLACEHOLDER_NAME;
        person.position = null;
        person.department = null;
        person.leftTo = null;
        person.channels.clear();
        person.primaryContact = false;
        person.erasedAt = now;
        person.updatedAt = now;
        stakeholders.flush();
        assessments.forgetReasonsAbout(stakeholderId);
        relationships.forgetReasonsAbout(stakeholderId);
        histories.forget(stakeholderId);
        traces.eraseFromOutbox(stakeholderId, ErasedPerson.PLACEHOLDER_NAME);
        traces.eraseFromStoredResponses(stakeholderId);
        audit.record(stakeholderId, person.accountId, access.caller().id().value(), ProfileAuditAction.ERASE,
                erasure.erasedAnswers());
        outbox.record(StakeholderEvents.ERASED, person.accountId.toString(), stakeholderId.toString(),
                StakeholderEventMapping.erased(new AccountId(person.accountId), new StakeholderId(stakeholderId),
                        now));
        Log.infof("Personal data of stakeholder %s erased (%d profile answers)", stakeholderId,
                erasure.erasedAnswers().size());
        return new ErasureView(stakeholderId, now,
                erasure.erasedAnswers().stream().map(ProfileQuestion::code).toList());
    }
}
