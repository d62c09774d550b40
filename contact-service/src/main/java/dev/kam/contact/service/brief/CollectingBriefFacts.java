package dev.kam.contact.service.brief;

import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.contact.service.coverage.BuyingCentreFacts;
import dev.kam.contact.service.coverage.ReadingBuyingCentreFacts;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.directory.PeopleDirectory;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the meeting plan against the account's record and gathers the people at the table with their
 * account-wide roles ({@link BriefPeople}: profiles for the team members who negotiate only, audited).
 */
@ApplicationScoped
@Transactional
public class CollectingBriefFacts {

    private final StakeholderAccess access;
    private final ReadingBuyingCentreFacts facts;
    private final BriefPeople people;
    private final PeopleDirectory directory;

    CollectingBriefFacts(StakeholderAccess access, ReadingBuyingCentreFacts facts, BriefPeople people,
            PeopleDirectory directory) {
        this.access = access;
        this.facts = facts;
        this.people = people;
        this.directory = directory;
    }

    BriefFacts collect(UUID accountId, MeetingPlan plan) {
        AccountReplicaEntity account = access.requireAccount(accountId, PeopleAction.READ_PEOPLE);
        BuyingCentreFacts known = facts.of(account);
        List<StakeholderEntity> atTable = attendeesOf(known, plan.attendeeIds());
        for (int i = 0; i < plan.ourAttendeeIds().size(); i++) {
            directory.requireKnown("ourAttendeeIds[" + i + "]", new UserId(plan.ourAttendeeIds().get(i)));
        }
        BriefPeople.Described described = people.describe(account, known, known.roles(), atTable,
                Optional.of(Set.copyOf(plan.ourAttendeeIds())));
        return new BriefFacts(accountId, account.name, plan, described.profilesIncluded(), described.attendees(),
                described.checklist());
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
