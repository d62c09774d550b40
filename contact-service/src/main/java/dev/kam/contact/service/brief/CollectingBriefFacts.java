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
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.repository.AccountReplicaEntity;
import dev.kam.contact.repository.PersonalProfileRepository;
import dev.kam.contact.repository.ProfileAuditAction;
import dev.kam.contact.repository.RelationshipEntity;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.contact.service.coverage.BuyingCentreFacts;
import dev.kam.contact.service.coverage.ReadingBuyingCentreFacts;
import dev.kam.contact.service.guidance.RoleGuidanceView;
import dev.kam.contact.service.profile.KeepingProfiles;
import dev.kam.contact.service.profile.ProfileAuditTrail;
import dev.kam.contact.service.profile.ProfileView;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.directory.PeopleDirectory;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the meeting plan against the account's record and gathers the people at the table. Profiles
 * go in only for team members who negotiate (the rule of docs/adr/0014), and each profile put in a
 * brief is a read, audited like any other.
 */
@ApplicationScoped
@Transactional
public class CollectingBriefFacts {

    private final StakeholderAccess access;
    private final ReadingBuyingCentreFacts facts;
    private final PersonalProfileRepository profiles;
    private final ProfileAuditTrail audit;
    private final PeopleDirectory directory;

    CollectingBriefFacts(StakeholderAccess access, ReadingBuyingCentreFacts facts,
            PersonalProfileRepository profiles, ProfileAuditTrail audit, PeopleDirectory directory) {
        this.access = access;
        this.facts = facts;
        this.profiles = profiles;
        this.audit = audit;
        this.directory = directory;
    }

    BriefFacts collect(UUID accountId, MeetingPlan plan) {
        AccountReplicaEntity account = access.requireAccount(accountId, PeopleAction.READ_PEOPLE);
        BuyingCentreFacts known = facts.of(account);
        List<StakeholderEntity> atTable = attendeesOf(known, plan.attendeeIds());
        for (int i = 0; i < plan.ourAttendeeIds().size(); i++) {
            directory.requireKnown("ourAttendeeIds[" + i + "]", new UserId(plan.ourAttendeeIds().get(i)));
        }
        boolean profilesIncluded = access.may(account, PeopleAction.HANDLE_PERSONAL_DATA);
        Map<UUID, List<RelationshipEntity>> ties = known.relationships().stream()
                .collect(Collectors.groupingBy(r -> r.stakeholderId));
        Set<String> ourAttendees = Set.copyOf(plan.ourAttendeeIds());
        String caller = access.caller().id().value();

        List<PersonAtTable> people = new ArrayList<>();
        List<ProfileView> profileViews = new ArrayList<>();
        for (StakeholderEntity person : atTable) {
            PersonalProfile profile = PersonalProfile.empty(new StakeholderId(person.id));
            ProfileView view = null;
            if (profilesIncluded) {
                var stored = profiles.findById(person.id);
                profile = KeepingProfiles.domainOf(person.id, stored);
                view = KeepingProfiles.view(person.id, stored, profile);
                audit.record(person.id, accountId, caller, ProfileAuditAction.READ, profile.answers().keySet());
            }
            profileViews.add(view);
            people.add(new PersonAtTable(new StakeholderId(person.id), known.roleOf(person.id).orElseThrow(), profile,
                    ties.getOrDefault(person.id, List.of()).stream()
                            .map(r -> Relationship.of(new UserId(r.holderId), new StakeholderId(r.stakeholderId),
                                    r.type, r.quality))
                            .toList()));
        }
        BriefChecklist checklist = NegotiationBrief.assemble(people);
        List<BriefView.Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < atTable.size(); i++) {
            StakeholderEntity person = atTable.get(i);
            RoleAssessmentEntity role = known.roles().get(person.id);
            PersonChecklist prepared = checklist.people().get(i);
            ProfileView profile = profileViews.get(i);
            attendees.add(new BriefView.Attendee(person.id, person.name, person.position, person.department,
                    person.erased(), person.primaryContact, role.role, role.interest, role.involvement,
                    RoleGuidanceView.of(prepared.guidance()),
                    ties.getOrDefault(person.id, List.of()).stream()
                            .map(r -> new BriefView.Tie(r.holderId, r.type, r.quality, r.reason, r.lastContactOn,
                                    ourAttendees.contains(r.holderId)))
                            .toList(),
                    profile == null ? null : profile.answers(),
                    profile == null ? null : prepared.completeness().percent(),
                    profile == null ? null
                            : prepared.unansweredQuestions().stream().map(ProfileQuestion::code).toList()));
        }
        return new BriefFacts(accountId, account.name, plan, profilesIncluded, attendees, checklist);
    }

    /** The people named, in the order named; each must be an active person on this account's record, once. */
    private static List<StakeholderEntity> attendeesOf(BuyingCentreFacts known, List<UUID> ids) {
        Map<UUID, StakeholderEntity> people = known.people().stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<ProblemDetail.Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<StakeholderEntity> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "attendeeIds[" + i + "]";
            StakeholderEntity person = people.get(ids.get(i));
            if (person == null) {
                violations.add(new ProblemDetail.Violation(field, "no such person on this account's record"));
            } else if (!seen.add(person.id)) {
                violations.add(new ProblemDetail.Violation(field, "named twice"));
            } else if (person.status != StakeholderStatus.ACTIVE) {
                violations.add(new ProblemDetail.Violation(field, "left the client on " + person.leftOn));
            } else {
                found.add(person);
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(HttpStatuses.UNPROCESSABLE_CONTENT,
                    "https://kam.dev/problems/rules/attendee-not-on-record", "Attendee not on record",
                    "Every attendee must be an active person of this account's buying centre, named once",
                    violations);
        }
        return found;
    }
}
