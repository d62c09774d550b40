package dev.kam.contact.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextActionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final UserId ANNA = UserId.of("anna");
    private static final UserId BEN = UserId.of("ben");
    private final NextActions rules = new NextActions(60);

    private static PersonOnRecord person(BuyingCentreRole role, boolean primary) {
        return informed(role, primary, TODAY);
    }

    /** A person a logged interaction last informed on {@code day} (null: never). */
    private static PersonOnRecord informed(BuyingCentreRole role, boolean primary, LocalDate day) {
        return new PersonOnRecord(StakeholderId.newId(), role, true, primary, Optional.ofNullable(day));
    }

    private static ContactRecord contact(UserId holder, PersonOnRecord person, RelationshipQuality quality) {
        return new ContactRecord(holder, person.id(), quality);
    }

    private List<NextActionCode> codes(List<PersonOnRecord> people, List<ContactRecord> contacts) {
        return rules.compute(people, contacts, TODAY).stream().map(NextAction::code).toList();
    }

    /** A leader (primary, known to anna) and a specifier known to ben, informed {@code daysAgo} (null: never). */
    private List<NextAction> withSpecifierInformed(Integer daysAgo) {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, true);
        PersonOnRecord specifier = informed(BuyingCentreRole.SPECIFIER, false,
                daysAgo == null ? null : TODAY.minusDays(daysAgo));
        return rules.compute(List.of(leader, specifier), List.of(contact(ANNA, leader, RelationshipQuality.GOOD),
                contact(BEN, specifier, RelationshipQuality.GOOD)), TODAY);
    }

    @Test
    void anEmptyBuyingCentreIsToBeMappedFirst() {
        assertThat(codes(List.of(), List.of())).containsExactly(NextActionCode.MAP_THE_BUYING_CENTRE);
    }

    @Test
    void aButlerAsMainContactWithNoLeaderReachedIsCalledOut() {
        PersonOnRecord butler = person(BuyingCentreRole.BUTLER, true);
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, false);
        List<NextAction> actions = rules.compute(List.of(butler, leader),
                List.of(contact(ANNA, butler, RelationshipQuality.GOOD)), TODAY);
        assertThat(actions).extracting(NextAction::code).contains(NextActionCode.BUTLER_MAIN_CONTACT_NO_LEADER_REACHED,
                NextActionCode.LEADER_WITHOUT_RELATIONSHIP);
        assertThat(actions.get(0).stakeholder()).contains(butler.id());
    }

    @Test
    void reachingALeaderClearsTheButlerWarning() {
        PersonOnRecord butler = person(BuyingCentreRole.BUTLER, true);
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, false);
        assertThat(codes(List.of(butler, leader), List.of(contact(ANNA, butler, RelationshipQuality.GOOD),
                contact(BEN, leader, RelationshipQuality.GOOD)))).isEmpty();
    }

    @Test
    void noLeaderOnRecordMeansFindingOne() {
        assertThat(codes(List.of(person(BuyingCentreRole.HELPER, true)), List.of()))
                .contains(NextActionCode.IDENTIFY_A_LEADER);
    }

    @Test
    void aSpecifierInformed59DaysAgoIsInformed() {
        assertThat(withSpecifierInformed(59)).isEmpty();
    }

    @Test
    void aSpecifierInformedExactlyAtTheCadenceIsStillInformed() {
        assertThat(withSpecifierInformed(60)).isEmpty();
    }

    @Test
    void aSpecifierInformed61DaysAgoNeedsAnUpdateAndTheTextSaysWhen() {
        assertThat(withSpecifierInformed(61)).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo(NextActionCode.SPECIFIER_NOT_INFORMED);
            assertThat(a.action()).contains("last informed on 2026-09-27", "more than 60 days ago");
        });
    }

    @Test
    void aSpecifierNeverInformedNeedsAnUpdateEvenWithAGoodRelationship() {
        List<NextAction> actions = withSpecifierInformed(null);
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo(NextActionCode.SPECIFIER_NOT_INFORMED);
            assertThat(a.stakeholder()).isPresent();
            assertThat(a.action()).contains("No logged interaction has informed this specifier yet");
        });
    }

    @Test
    void theCadenceComesFromTheRuleNotAFixedSixtyDays() {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, true);
        PersonOnRecord specifier = informed(BuyingCentreRole.SPECIFIER, false, TODAY.minusDays(31));
        List<ContactRecord> contacts = List.of(contact(ANNA, leader, RelationshipQuality.GOOD),
                contact(BEN, specifier, RelationshipQuality.GOOD));
        assertThat(new NextActions(30).compute(List.of(leader, specifier), contacts, TODAY))
                .extracting(NextAction::code).containsExactly(NextActionCode.SPECIFIER_NOT_INFORMED);
        assertThat(new NextActions(31).compute(List.of(leader, specifier), contacts, TODAY)).isEmpty();
    }

    @Test
    void onlySpecifiersAreAskedToBeInformed() {
        PersonOnRecord leader = informed(BuyingCentreRole.LEADER, true, null);
        assertThat(codes(List.of(leader), List.of(contact(ANNA, leader, RelationshipQuality.GOOD)))).isEmpty();
    }

    @Test
    void onlyPoorRelationshipsWithAKeyPersonAreFlagged() {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, true);
        assertThat(codes(List.of(leader), List.of(contact(ANNA, leader, RelationshipQuality.POOR))))
                .containsExactly(NextActionCode.KEY_PERSON_RELATIONSHIP_POOR);
        assertThat(codes(List.of(leader), List.of(contact(ANNA, leader, RelationshipQuality.POOR),
                contact(BEN, leader, RelationshipQuality.NEUTRAL)))).isEmpty();
    }

    @Test
    void oneOfOursHoldingEveryRelationshipIsASingleThread() {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, true);
        PersonOnRecord helper = person(BuyingCentreRole.HELPER, false);
        assertThat(codes(List.of(leader, helper), List.of(contact(ANNA, leader, RelationshipQuality.GOOD),
                contact(ANNA, helper, RelationshipQuality.GOOD))))
                .containsExactly(NextActionCode.WIDEN_SINGLE_THREAD);
    }

    @Test
    void withoutAPrimaryContactTheTeamIsAskedToNameOne() {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, false);
        assertThat(codes(List.of(leader), List.of(contact(ANNA, leader, RelationshipQuality.GOOD))))
                .containsExactly(NextActionCode.NAME_A_PRIMARY_CONTACT);
    }

    @Test
    void aPurchaseDecisionIsNotAskedForAPrimaryContactOfItsOwn() {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, false);
        assertThat(rules.computeForDecision(List.of(leader), List.of(contact(ANNA, leader, RelationshipQuality.GOOD)),
                TODAY)).isEmpty();
    }

    @Test
    void aPurchaseDecisionNobodyIsAssessedInIsToBeMapped() {
        assertThat(rules.computeForDecision(List.of(), List.of(), TODAY)).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo(NextActionCode.MAP_THE_BUYING_CENTRE);
            assertThat(a.action()).contains("this decision");
        });
    }

    @Test
    void aPurchaseDecisionAppliesTheRoleRulesToTheRolesAssessedThere() {
        PersonOnRecord butler = person(BuyingCentreRole.BUTLER, true);
        PersonOnRecord specifier = informed(BuyingCentreRole.SPECIFIER, false, TODAY.minusDays(61));
        assertThat(rules.computeForDecision(List.of(butler, specifier),
                List.of(contact(ANNA, butler, RelationshipQuality.GOOD)), TODAY))
                .extracting(NextAction::code)
                .containsExactly(NextActionCode.BUTLER_MAIN_CONTACT_NO_LEADER_REACHED, NextActionCode.IDENTIFY_A_LEADER,
                        NextActionCode.SPECIFIER_NOT_INFORMED, NextActionCode.WIDEN_SINGLE_THREAD);
    }

    @Test
    void peopleWhoLeftAreIgnored() {
        PersonOnRecord gone = new PersonOnRecord(StakeholderId.newId(), BuyingCentreRole.LEADER, false, false,
                Optional.empty());
        assertThat(codes(List.of(gone), List.of())).containsExactly(NextActionCode.MAP_THE_BUYING_CENTRE);
    }

    @Test
    void theCadenceIsAtLeastOneDay() {
        assertThatThrownBy(() -> new NextActions(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
