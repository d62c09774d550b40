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
        return new PersonOnRecord(StakeholderId.newId(), role, true, primary);
    }

    private static ContactRecord contact(UserId holder, PersonOnRecord person, RelationshipQuality quality,
            LocalDate last) {
        return new ContactRecord(holder, person.id(), quality, Optional.ofNullable(last));
    }

    private List<NextActionCode> codes(List<PersonOnRecord> people, List<ContactRecord> contacts) {
        return rules.compute(people, contacts, TODAY).stream().map(NextAction::code).toList();
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
                List.of(contact(ANNA, butler, RelationshipQuality.GOOD, TODAY)), TODAY);
        assertThat(actions).extracting(NextAction::code).contains(NextActionCode.BUTLER_MAIN_CONTACT_NO_LEADER_REACHED,
                NextActionCode.LEADER_WITHOUT_RELATIONSHIP);
        assertThat(actions.get(0).stakeholder()).contains(butler.id());
    }

    @Test
    void reachingALeaderClearsTheButlerWarning() {
        PersonOnRecord butler = person(BuyingCentreRole.BUTLER, true);
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, false);
        assertThat(codes(List.of(butler, leader), List.of(contact(ANNA, butler, RelationshipQuality.GOOD, TODAY),
                contact(BEN, leader, RelationshipQuality.GOOD, TODAY)))).isEmpty();
    }

    @Test
    void noLeaderOnRecordMeansFindingOne() {
        assertThat(codes(List.of(person(BuyingCentreRole.HELPER, true)), List.of()))
                .contains(NextActionCode.IDENTIFY_A_LEADER);
    }

    @Test
    void aSpecifierInformedExactlyAtTheCadenceIsStillInformed() {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, true);
        PersonOnRecord specifier = person(BuyingCentreRole.SPECIFIER, false);
        assertThat(codes(List.of(leader, specifier), List.of(contact(ANNA, leader, RelationshipQuality.GOOD, TODAY),
                contact(BEN, specifier, RelationshipQuality.GOOD, TODAY.minusDays(60)))))
                .doesNotContain(NextActionCode.SPECIFIER_NOT_INFORMED);
    }

    @Test
    void aSpecifierNotInformedForLongerThanTheCadenceNeedsAnUpdate() {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, true);
        PersonOnRecord specifier = person(BuyingCentreRole.SPECIFIER, false);
        List<NextAction> actions = rules.compute(List.of(leader, specifier),
                List.of(contact(ANNA, leader, RelationshipQuality.GOOD, TODAY),
                        contact(BEN, specifier, RelationshipQuality.GOOD, TODAY.minusDays(61))), TODAY);
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo(NextActionCode.SPECIFIER_NOT_INFORMED);
            assertThat(a.stakeholder()).contains(specifier.id());
            assertThat(a.action()).contains("60 days");
        });
    }

    @Test
    void aSpecifierWithoutAnyRecordedContactDayCountsAsNotInformed() {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, true);
        PersonOnRecord specifier = person(BuyingCentreRole.SPECIFIER, false);
        assertThat(codes(List.of(leader, specifier), List.of(contact(ANNA, leader, RelationshipQuality.GOOD, TODAY),
                contact(BEN, specifier, RelationshipQuality.GOOD, null))))
                .containsExactly(NextActionCode.SPECIFIER_NOT_INFORMED);
    }

    @Test
    void onlyPoorRelationshipsWithAKeyPersonAreFlagged() {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, true);
        assertThat(codes(List.of(leader), List.of(contact(ANNA, leader, RelationshipQuality.POOR, TODAY))))
                .containsExactly(NextActionCode.KEY_PERSON_RELATIONSHIP_POOR);
        assertThat(codes(List.of(leader), List.of(contact(ANNA, leader, RelationshipQuality.POOR, TODAY),
                contact(BEN, leader, RelationshipQuality.NEUTRAL, TODAY)))).isEmpty();
    }

    @Test
    void oneOfOursHoldingEveryRelationshipIsASingleThread() {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, true);
        PersonOnRecord helper = person(BuyingCentreRole.HELPER, false);
        assertThat(codes(List.of(leader, helper), List.of(contact(ANNA, leader, RelationshipQuality.GOOD, TODAY),
                contact(ANNA, helper, RelationshipQuality.GOOD, TODAY))))
                .containsExactly(NextActionCode.WIDEN_SINGLE_THREAD);
    }

    @Test
    void withoutAPrimaryContactTheTeamIsAskedToNameOne() {
        PersonOnRecord leader = person(BuyingCentreRole.LEADER, false);
        assertThat(codes(List.of(leader), List.of(contact(ANNA, leader, RelationshipQuality.GOOD, TODAY))))
                .containsExactly(NextActionCode.NAME_A_PRIMARY_CONTACT);
    }

    @Test
    void peopleWhoLeftAreIgnored() {
        PersonOnRecord gone = new PersonOnRecord(StakeholderId.newId(), BuyingCentreRole.LEADER, false, false);
        assertThat(codes(List.of(gone), List.of())).containsExactly(NextActionCode.MAP_THE_BUYING_CENTRE);
    }

    @Test
    void theCadenceIsAtLeastOneDay() {
        assertThatThrownBy(() -> new NextActions(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
