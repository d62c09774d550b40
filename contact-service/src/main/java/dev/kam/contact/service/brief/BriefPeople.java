package dev.kam.contact.service.brief;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.brief.BriefChecklist;
import dev.kam.contact.domain.brief.NegotiationBrief;
import dev.kam.contact.domain.brief.PersonAtTable;
import dev.kam.contact.domain.brief.PersonChecklist;
import dev.kam.contact.domain.profile.PersonalProfile;
import dev.kam.contact.domain.profile.ProfileQuestion;
import dev.kam.contact.domain.relationship.Relationship;
import dev.kam.contact.repository.PersonalProfileRepository;
import dev.kam.contact.repository.ProfileAuditAction;
import dev.kam.contact.repository.RelationshipEntity;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.contact.service.coverage.BuyingCentreFacts;
import dev.kam.contact.service.guidance.RoleGuidanceView;
import dev.kam.contact.service.history.LastContactView;
import dev.kam.contact.service.profile.KeepingProfiles;
import dev.kam.contact.service.profile.ProfileAuditTrail;
import dev.kam.contact.service.profile.ProfileView;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The client people of a brief, described for the caller: their role in the brief's scope (the
 * account, or one purchase decision) next to the account-wide one, the guidance for it, when they were
 * last informed and met, our relationships with them and - for the team members who negotiate only
 * (docs/adr/0014) - their profiles, each profile put in a brief audited as a read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BriefPeople {

    static final String PROFILES_WITHHELD = "Negotiation profiles are shown to the members of the account team "
            + "who negotiate only; they are left out of this brief.";

    /** The people as the brief shows them, and the domain's checklist for them (guidance, warnings). */
    record Described(boolean profilesIncluded, List<BriefView.Attendee> attendees, BriefChecklist checklist) {
    }

    private final StakeholderAccess access;
    private final PersonalProfileRepository profiles;
    private final ProfileAuditTrail audit;

    BriefPeople(StakeholderAccess access, PersonalProfileRepository profiles, ProfileAuditTrail audit) {
        this.access = access;
        this.profiles = profiles;
        this.audit = audit;
    }

    /**
     * @param inScope      the account's facts with the roles of the brief's scope
     * @param accountRoles the account-wide roles
     * @param people       the people to describe, in the order to show them; each has a role in scope
     * @param ourAttendees our people at a planned meeting; empty when the brief is for no one meeting
     */
    Described describe(AccountReplicaEntity account, BuyingCentreFacts inScope,
            Map<UUID, RoleAssessmentEntity> accountRoles, List<StakeholderEntity> people,
            Optional<Set<String>> ourAttendees) {
        boolean profilesIncluded = access.may(account, PeopleAction.HANDLE_PERSONAL_DATA);
        Map<UUID, List<RelationshipEntity>> ties = inScope.relationships().stream()
                .collect(Collectors.groupingBy(r -> r.stakeholderId));
        String caller = access.caller().id().value();
        List<PersonAtTable> atTable = new ArrayList<>();
        List<ProfileView> profileViews = new ArrayList<>();
        for (StakeholderEntity person : people) {
            PersonalProfile profile = PersonalProfile.empty(new StakeholderId(person.id));
            ProfileView view = null;
            if (profilesIncluded) {
                var stored = profiles.findById(person.id);
                profile = KeepingProfiles.domainOf(person.id, stored);
                view = KeepingProfiles.view(person.id, stored, profile);
                audit.record(person.id, account.accountId, caller, ProfileAuditAction.READ,
                        profile.answers().keySet());
            }
            profileViews.add(view);
            atTable.add(new PersonAtTable(new StakeholderId(person.id), inScope.roleOf(person.id).orElseThrow(),
                    profile, ties.getOrDefault(person.id, List.of()).stream()
                            .map(r -> Relationship.of(new UserId(r.holderId), new StakeholderId(r.stakeholderId),
                                    r.type, r.quality))
                            .toList()));
        }
        BriefChecklist checklist = NegotiationBrief.assemble(atTable);
        List<BriefView.Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            StakeholderEntity person = people.get(i);
            attendees.add(attendee(person, inScope, accountRoles.get(person.id), checklist.people().get(i),
                    profileViews.get(i), ties.getOrDefault(person.id, List.of()), ourAttendees));
        }
        return new Described(profilesIncluded, attendees, checklist);
    }

    private static BriefView.Attendee attendee(StakeholderEntity person, BuyingCentreFacts inScope,
            RoleAssessmentEntity accountRole, PersonChecklist prepared, ProfileView profile,
            List<RelationshipEntity> ties, Optional<Set<String>> ourAttendees) {
        RoleAssessmentEntity role = inScope.roles().get(person.id);
        var history = inScope.historyOf(person.id);
        return new BriefView.Attendee(person.id, person.name, person.position, person.department, person.erased(),
                person.primaryContact, role.role, accountRole == null ? null : accountRole.role, role.interest,
                role.involvement, RoleGuidanceView.of(prepared.guidance()),
                LastContactView.of(history.lastInformed()), LastContactView.of(history.lastMet()),
                ties.stream()
                        .map(r -> new BriefView.Tie(r.holderId, r.type, r.quality, r.reason, r.lastContactOn,
                                ourAttendees.map(ours -> ours.contains(r.holderId)).orElse(null)))
                        .toList(),
                profile == null ? null : profile.answers(),
                profile == null ? null : prepared.completeness().percent(),
                profile == null ? null
                        : prepared.unansweredQuestions().stream().map(ProfileQuestion::code).toList());
    }
}
