package dev.kam.contact.domain.brief;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.relationship.Relationship;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.role.RoleGuidance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assembles the checklist the team works through before a negotiation: for each person expected at
 * the table the guidance for his role and the profile questions still open, plus warnings about the
 * line-up. Pure: it reads what it is given and decides nothing else.
 */
public final class NegotiationBrief {

    private NegotiationBrief() {
    }

    public static BriefChecklist assemble(List<PersonAtTable> atTable) {
        if (atTable == null || atTable.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("The people at the table are required");
        }
        Set<StakeholderId> seen = new HashSet<>();
        if (!atTable.stream().map(PersonAtTable::stakeholder).allMatch(seen::add)) {
            throw new IllegalArgumentException("A person can sit at the table only once");
        }
        List<PersonChecklist> people = atTable.stream().map(NegotiationBrief::checklistFor).toList();
        return new BriefChecklist(people, warnings(atTable));
    }

    private static PersonChecklist checklistFor(PersonAtTable person) {
        return new PersonChecklist(person.stakeholder(), RoleGuidance.forRole(person.role()),
                person.profile().completeness(), person.profile().missingQuestions(),
                person.relationships().stream().map(Relationship::holder).collect(Collectors.toSet()));
    }

    private static List<BriefWarning> warnings(List<PersonAtTable> atTable) {
        List<BriefWarning> warnings = new ArrayList<>();
        if (atTable.isEmpty()) {
            warnings.add(BriefWarning.of(BriefWarningCode.NOBODY_AT_TABLE,
                    "Nobody from the client is expected at this negotiation."));
            return warnings;
        }
        if (atTable.stream().allMatch(p -> p.role() == BuyingCentreRole.BUTLER)) {
            warnings.add(BriefWarning.of(BriefWarningCode.ONLY_BUTLER_AT_TABLE,
                    "Only gatekeepers are expected; nobody at the table decides or cares about the result."
                            + " Respect them, and ask for the people who do."));
        } else if (atTable.stream().noneMatch(p -> p.role() == BuyingCentreRole.LEADER)) {
            warnings.add(BriefWarning.of(BriefWarningCode.NO_LEADER_AT_TABLE,
                    "No leader is expected; the decision may be taken by someone who is not in the room."));
        }
        for (PersonAtTable person : atTable) {
            if (person.role() == BuyingCentreRole.LEADER && !person.knownToUs()) {
                warnings.add(BriefWarning.about(person.stakeholder(), BriefWarningCode.LEADER_UNKNOWN_TO_US,
                        "A leader at the table has no relationship with anyone on our side."));
            }
            if (person.relationships().stream().anyMatch(Relationship::isPoor)) {
                warnings.add(BriefWarning.about(person.stakeholder(), BriefWarningCode.STRAINED_RELATIONSHIP,
                        "One of our people has a strained relationship with someone at the table;"
                                + " agree beforehand who leads the conversation with him."));
            }
        }
        return warnings;
    }
}
