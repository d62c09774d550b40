package dev.kam.contact.domain.brief;

import static dev.kam.contact.domain.role.BuyingCentreRole.BUTLER;
import static dev.kam.contact.domain.role.BuyingCentreRole.HELPER;
import static dev.kam.contact.domain.role.BuyingCentreRole.LEADER;
import static dev.kam.contact.domain.role.BuyingCentreRole.SPECIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.UserId;
import dev.kam.contact.domain.profile.PersonalProfile;
import dev.kam.contact.domain.profile.ProfileQuestion;
import dev.kam.contact.domain.relationship.Relationship;
import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.relationship.RelationshipType;
import dev.kam.contact.domain.role.BuyingCentreRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationBriefTest {

    private static final UserId ANNA = UserId.of("anna");

    private static PersonAtTable unknown(StakeholderId id, BuyingCentreRole role) {
        return new PersonAtTable(id, role, PersonalProfile.empty(id), List.of());
    }

    private static PersonAtTable knownBy(UserId holder, StakeholderId id, BuyingCentreRole role,
            RelationshipQuality quality) {
        return new PersonAtTable(id, role, PersonalProfile.empty(id),
                List.of(Relationship.of(holder, id, RelationshipType.BUSINESS, quality)));
    }

    private static List<BriefWarningCode> codes(BriefChecklist checklist) {
        return checklist.warnings().stream().map(BriefWarning::code).toList();
    }

    @Test
    void nobodyAtTheTableIsTheOnlyWarning() {
        BriefChecklist checklist = NegotiationBrief.assemble(List.of());
        assertThat(checklist.people()).isEmpty();
        assertThat(codes(checklist)).containsExactly(BriefWarningCode.NOBODY_AT_TABLE);
    }

    @Test
    void eachPersonGetsTheGuidanceForHisRole() {
        StakeholderId helper = StakeholderId.newId();
        PersonChecklist entry = NegotiationBrief.assemble(List.of(unknown(helper, HELPER))).people().get(0);
        assertThat(entry.stakeholder()).isEqualTo(helper);
        assertThat(entry.guidance().role()).isEqualTo(HELPER);
    }

    @Test
    void eachPersonListsTheProfileQuestionsStillOpen() {
        StakeholderId leader = StakeholderId.newId();
        PersonalProfile profile = PersonalProfile.empty(leader).answering(ProfileQuestion.EDUCATION, "MBA")
                .answering(ProfileQuestion.COMPANY_PROBLEMS, "late deliveries");
        PersonChecklist entry = NegotiationBrief.assemble(
                List.of(new PersonAtTable(leader, LEADER, profile, List.of()))).people().get(0);
        assertThat(entry.unansweredQuestions()).hasSize(8)
                .doesNotContain(ProfileQuestion.EDUCATION, ProfileQuestion.COMPANY_PROBLEMS);
        assertThat(entry.completeness().percent()).isEqualTo(20);
    }

    @Test
    void aFullyPreparedPersonHasNoOpenQuestions() {
        StakeholderId leader = StakeholderId.newId();
        PersonalProfile profile = PersonalProfile.empty(leader);
        for (ProfileQuestion question : ProfileQuestion.values()) {
            profile = profile.answering(question, "known");
        }
        PersonChecklist entry = NegotiationBrief.assemble(
                List.of(new PersonAtTable(leader, LEADER, profile, List.of()))).people().get(0);
        assertThat(entry.unansweredQuestions()).isEmpty();
    }

    @Test
    void eachPersonListsWhichOfOurPeopleKnowHim() {
        StakeholderId specifier = StakeholderId.newId();
        PersonChecklist entry = NegotiationBrief.assemble(
                List.of(knownBy(ANNA, specifier, SPECIFIER, RelationshipQuality.GOOD))).people().get(0);
        assertThat(entry.ourContacts()).containsExactly(ANNA);
    }

    @Test
    void onlyButlersAtTheTableIsWarnedAbout() {
        BriefChecklist checklist = NegotiationBrief.assemble(List.of(unknown(StakeholderId.newId(), BUTLER),
                knownBy(ANNA, StakeholderId.newId(), BUTLER, RelationshipQuality.GOOD)));
        assertThat(codes(checklist)).containsExactly(BriefWarningCode.ONLY_BUTLER_AT_TABLE);
    }

    @Test
    void aButlerWithSomeoneElseAtTheTableIsNotOnlyButlers() {
        BriefChecklist checklist = NegotiationBrief.assemble(List.of(unknown(StakeholderId.newId(), BUTLER),
                unknown(StakeholderId.newId(), HELPER)));
        assertThat(codes(checklist)).containsExactly(BriefWarningCode.NO_LEADER_AT_TABLE);
    }

    @Test
    void aLeaderNobodyOfOursKnowsIsWarnedAbout() {
        StakeholderId leader = StakeholderId.newId();
        BriefChecklist checklist = NegotiationBrief.assemble(List.of(unknown(leader, LEADER)));
        assertThat(checklist.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(BriefWarningCode.LEADER_UNKNOWN_TO_US);
            assertThat(w.stakeholder()).contains(leader);
        });
    }

    @Test
    void aLeaderWeKnowAtTheTableRaisesNoWarning() {
        BriefChecklist checklist = NegotiationBrief.assemble(
                List.of(knownBy(ANNA, StakeholderId.newId(), LEADER, RelationshipQuality.NEUTRAL)));
        assertThat(checklist.warnings()).isEmpty();
    }

    @Test
    void aStrainedRelationshipWithSomeoneAtTheTableIsWarnedAbout() {
        StakeholderId leader = StakeholderId.newId();
        BriefChecklist checklist = NegotiationBrief.assemble(
                List.of(knownBy(ANNA, leader, LEADER, RelationshipQuality.POOR)));
        assertThat(codes(checklist)).containsExactly(BriefWarningCode.STRAINED_RELATIONSHIP);
        assertThat(checklist.warnings().get(0).stakeholder()).contains(leader);
    }

    @Test
    void peopleKeepTheOrderTheyWereGiven() {
        StakeholderId first = StakeholderId.newId();
        StakeholderId second = StakeholderId.newId();
        BriefChecklist checklist = NegotiationBrief.assemble(
                List.of(unknown(first, SPECIFIER), unknown(second, LEADER)));
        assertThat(checklist.people()).extracting(PersonChecklist::stakeholder).containsExactly(first, second);
    }

    @Test
    void aPersonCanSitAtTheTableOnlyOnce() {
        StakeholderId id = StakeholderId.newId();
        assertThatThrownBy(() -> NegotiationBrief.assemble(List.of(unknown(id, LEADER), unknown(id, LEADER))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePersonsProfileAndRelationshipsMustBeHis() {
        StakeholderId him = StakeholderId.newId();
        StakeholderId someoneElse = StakeholderId.newId();
        assertThatThrownBy(() -> new PersonAtTable(him, LEADER, PersonalProfile.empty(someoneElse), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonAtTable(him, LEADER, PersonalProfile.empty(him), List.of(
                Relationship.of(ANNA, someoneElse, RelationshipType.BUSINESS, RelationshipQuality.GOOD))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
