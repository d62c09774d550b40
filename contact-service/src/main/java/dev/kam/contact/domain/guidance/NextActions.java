package dev.kam.contact.domain.guidance;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The concrete next steps a buying centre calls for - the whole account's, or one purchase decision's
 * with the roles assessed there - from the roles on record, our relationships and the interactions
 * logged with the client: the source's rules turned into a to-do list. Only people still at the
 * client count. A specifier counts as informed when a logged interaction he took part in lies at most
 * {@code informEveryDays} days back.
 */
public record NextActions(int informEveryDays) {

    public static final int DEFAULT_INFORM_EVERY_DAYS = 60;

    public NextActions {
        if (informEveryDays < 1) {
            throw new IllegalArgumentException("The informing cadence must be at least one day");
        }
    }

    /** The next actions for an account's buying centre. */
    public List<NextAction> compute(List<PersonOnRecord> people, List<ContactRecord> contacts, LocalDate today) {
        return compute(Scope.ACCOUNT, people, contacts, today);
    }

    /**
     * The next actions for one purchase decision, {@code people} with their roles there: the same
     * rules, except naming a primary contact, which is done once for the account.
     */
    public List<NextAction> computeForDecision(List<PersonOnRecord> people, List<ContactRecord> contacts,
            LocalDate today) {
        return compute(Scope.DECISION, people, contacts, today);
    }

    private enum Scope {
        ACCOUNT,
        DECISION
    }

    private List<NextAction> compute(Scope scope, List<PersonOnRecord> people, List<ContactRecord> contacts,
            LocalDate today) {
        if (people == null || contacts == null || today == null || people.stream().anyMatch(Objects::isNull)
                || contacts.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("People, contacts and today are required");
        }
        List<PersonOnRecord> active = people.stream().filter(PersonOnRecord::active).toList();
        Set<StakeholderId> activeIds = active.stream().map(PersonOnRecord::id).collect(Collectors.toSet());
        List<ContactRecord> relevant = contacts.stream().filter(c -> activeIds.contains(c.stakeholder())).toList();
        List<NextAction> actions = new ArrayList<>();
        if (active.isEmpty()) {
            actions.add(NextAction.forAccount(NextActionCode.MAP_THE_BUYING_CENTRE, scope == Scope.ACCOUNT
                    ? "Record who at the client takes part in buying decisions, and assess each person's role."
                    : "Assess who at the client takes part in this decision, and in which role."));
            return actions;
        }
        boolean leaderReached = active.stream()
                .anyMatch(p -> p.role() == BuyingCentreRole.LEADER && reached(p.id(), relevant));
        Optional<PersonOnRecord> primary = active.stream().filter(PersonOnRecord::primaryContact).findFirst();
        if (primary.isPresent() && primary.get().role() == BuyingCentreRole.BUTLER && !leaderReached) {
            actions.add(NextAction.about(primary.get().id(), NextActionCode.BUTLER_MAIN_CONTACT_NO_LEADER_REACHED,
                    "Your main contact is a gatekeeper and no leader is reached. Respect his position and never go"
                            + " behind his back, but keep asking for the people who decide, possibly through other"
                            + " members of our team."));
        }
        if (active.stream().noneMatch(p -> p.role() == BuyingCentreRole.LEADER)) {
            actions.add(NextAction.forAccount(NextActionCode.IDENTIFY_A_LEADER,
                    "Find out whose own performance the purchase affects: that person leads the decision."));
        }
        for (PersonOnRecord person : active) {
            if (person.role() == BuyingCentreRole.LEADER && !reached(person.id(), relevant)) {
                actions.add(NextAction.about(person.id(), NextActionCode.LEADER_WITHOUT_RELATIONSHIP,
                        "This leader has no relationship with anyone of ours; choose who on our team builds one."));
            }
        }
        for (PersonOnRecord person : active) {
            if (person.role() == BuyingCentreRole.SPECIFIER && !informedRecently(person, today)) {
                actions.add(NextAction.about(person.id(), NextActionCode.SPECIFIER_NOT_INFORMED,
                        person.lastInformedOn()
                                .map(day -> "This specifier was last informed on " + day + ", more than "
                                        + informEveryDays + " days ago; update him and ask for his advice.")
                                .orElse("No logged interaction has informed this specifier yet; update him and"
                                        + " ask for his advice.")));
            }
        }
        for (PersonOnRecord person : active) {
            List<ContactRecord> his = of(person.id(), relevant);
            if (person.role().isKeyPerson() && !his.isEmpty()
                    && his.stream().allMatch(c -> c.quality() == RelationshipQuality.POOR)) {
                actions.add(NextAction.about(person.id(), NextActionCode.KEY_PERSON_RELATIONSHIP_POOR,
                        "Every relationship with this " + person.role().name().toLowerCase(Locale.ROOT)
                                + " is poor; find out why and consider another of our people for the contact."));
            }
        }
        Set<UserId> holders = relevant.stream().map(ContactRecord::holder).collect(Collectors.toSet());
        if (holders.size() == 1 && activeIds.size() > 1) {
            actions.add(NextAction.forAccount(NextActionCode.WIDEN_SINGLE_THREAD,
                    "All relationships with this client run through one of our people; bring in another team"
                            + " member so the client is not lost if that person leaves."));
        }
        if (scope == Scope.ACCOUNT && primary.isEmpty()) {
            actions.add(NextAction.forAccount(NextActionCode.NAME_A_PRIMARY_CONTACT,
                    "Nobody is marked as the primary contact; name the person we deal with first."));
        }
        return List.copyOf(actions);
    }

    private boolean informedRecently(PersonOnRecord person, LocalDate today) {
        LocalDate threshold = today.minusDays(informEveryDays);
        return person.lastInformedOn().filter(day -> !day.isBefore(threshold)).isPresent();
    }

    private static boolean reached(StakeholderId id, List<ContactRecord> contacts) {
        return contacts.stream().anyMatch(c -> c.stakeholder().equals(id));
    }

    private static List<ContactRecord> of(StakeholderId id, List<ContactRecord> contacts) {
        return contacts.stream().filter(c -> c.stakeholder().equals(id)).toList();
    }
}
