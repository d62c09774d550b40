package dev.kam.contact.domain.coverage;

import static dev.kam.contact.domain.role.BuyingCentreRole.BUTLER;
import static dev.kam.contact.domain.role.BuyingCentreRole.HELPER;
import static dev.kam.contact.domain.role.BuyingCentreRole.LEADER;
import static dev.kam.contact.domain.role.BuyingCentreRole.SPECIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.UserId;
import dev.kam.contact.domain.relationship.Relationship;
import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.relationship.RelationshipType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageAnalysisTest {

    private static final LocalDate LAST_MONTH = LocalDate.of(2026, 3, 15);
    private static final UserId ANNA = UserId.of("anna");
    private static final UserId BORIS = UserId.of("boris");
    private static final StakeholderId LEADER_ID = StakeholderId.newId();
    private static final StakeholderId SPECIFIER_ID = StakeholderId.newId();
    private static final StakeholderId HELPER_ID = StakeholderId.newId();
    private static final StakeholderId BUTLER_ID = StakeholderId.newId();
    private static final StakeholderId OTHER_BUTLER_ID = StakeholderId.newId();

    private static final List<StakeholderPlacement> FULL_CENTRE = List.of(
            StakeholderPlacement.active(LEADER_ID, LEADER), StakeholderPlacement.active(SPECIFIER_ID, SPECIFIER),
            StakeholderPlacement.active(HELPER_ID, HELPER), StakeholderPlacement.active(BUTLER_ID, BUTLER));

    private static Relationship knows(UserId holder, StakeholderId stakeholder) {
        return Relationship.of(holder, stakeholder, RelationshipType.BUSINESS, RelationshipQuality.GOOD);
    }

    private static List<CoverageGapCode> codes(CoverageAnalysis analysis) {
        return analysis.gaps().stream().map(CoverageGap::code).toList();
    }

    @Test
    void anAccountWithoutStakeholdersHasOnlyTheNoStakeholdersGap() {
        CoverageAnalysis analysis = CoverageAnalysis.of(List.of(), List.of());
        assertThat(codes(analysis)).containsExactly(CoverageGapCode.NO_STAKEHOLDERS);
        assertThat(analysis.figures()).isEqualTo(new CoverageFigures(0, false, false, 0));
    }

    @Test
    void anAccountWhoseStakeholdersAllLeftCountsAsHavingNone() {
        CoverageAnalysis analysis = CoverageAnalysis.of(
                List.of(StakeholderPlacement.left(LEADER_ID, LEADER, LAST_MONTH)), List.of(knows(ANNA, LEADER_ID)));
        assertThat(codes(analysis)).containsExactly(CoverageGapCode.NO_STAKEHOLDERS);
        assertThat(analysis.relationshipHolders()).isEmpty();
    }

    @Test
    void aRelationshipWithAnActiveLeaderCoversTheLeader() {
        CoverageAnalysis analysis = CoverageAnalysis.of(FULL_CENTRE, List.of(knows(ANNA, LEADER_ID)));
        assertThat(analysis.leaderCovered()).isTrue();
        assertThat(codes(analysis)).doesNotContain(CoverageGapCode.NO_LEADER_RELATIONSHIP);
    }

    @Test
    void aRelationshipWithALeaderWhoLeftDoesNotCoverTheLeader() {
        StakeholderId formerLeader = StakeholderId.newId();
        CoverageAnalysis analysis = CoverageAnalysis.of(
                List.of(StakeholderPlacement.left(formerLeader, LEADER, LAST_MONTH),
                        StakeholderPlacement.active(BUTLER_ID, BUTLER)),
                List.of(knows(ANNA, formerLeader), knows(BORIS, BUTLER_ID)));
        assertThat(analysis.leaderCovered()).isFalse();
        assertThat(analysis.relationshipHolders()).containsExactly(BORIS);
        assertThat(analysis.stakeholderCount()).isEqualTo(1);
    }

    @Test
    void withoutARelationshipToAnyLeaderTheLeaderGapIsReported() {
        CoverageAnalysis analysis = CoverageAnalysis.of(FULL_CENTRE, List.of(knows(ANNA, SPECIFIER_ID)));
        assertThat(analysis.leaderCovered()).isFalse();
        assertThat(analysis.hasGap(CoverageGapCode.NO_LEADER_RELATIONSHIP)).isTrue();
    }

    @Test
    void whenNoLeaderIsKnownTheLeaderGapSaysSo() {
        CoverageAnalysis analysis = CoverageAnalysis.of(
                List.of(StakeholderPlacement.active(HELPER_ID, HELPER)), List.of(knows(ANNA, HELPER_ID)));
        CoverageGap gap = analysis.gaps().stream()
                .filter(g -> g.code() == CoverageGapCode.NO_LEADER_RELATIONSHIP).findFirst().orElseThrow();
        assertThat(gap.explanation()).contains("No leader");
    }

    @Test
    void reachingOnlyAButlerIsOnlyButlerReachable() {
        CoverageAnalysis analysis = CoverageAnalysis.of(FULL_CENTRE, List.of(knows(ANNA, BUTLER_ID)));
        assertThat(analysis.onlyButlerReachable()).isTrue();
        assertThat(analysis.hasGap(CoverageGapCode.ONLY_BUTLER_REACHABLE)).isTrue();
    }

    @Test
    void reachingSeveralButlersAndNobodyElseIsOnlyButlerReachable() {
        List<StakeholderPlacement> butlers = List.of(StakeholderPlacement.active(BUTLER_ID, BUTLER),
                StakeholderPlacement.active(OTHER_BUTLER_ID, BUTLER), StakeholderPlacement.active(LEADER_ID, LEADER));
        CoverageAnalysis analysis = CoverageAnalysis.of(butlers,
                List.of(knows(ANNA, BUTLER_ID), knows(BORIS, OTHER_BUTLER_ID)));
        assertThat(analysis.onlyButlerReachable()).isTrue();
    }

    @Test
    void reachingAButlerAndAHelperIsNotOnlyButlerReachable() {
        CoverageAnalysis analysis = CoverageAnalysis.of(FULL_CENTRE,
                List.of(knows(ANNA, BUTLER_ID), knows(ANNA, HELPER_ID)));
        assertThat(analysis.onlyButlerReachable()).isFalse();
    }

    @Test
    void reachingNobodyIsNotOnlyButlerReachable() {
        CoverageAnalysis analysis = CoverageAnalysis.of(FULL_CENTRE, List.of());
        assertThat(analysis.onlyButlerReachable()).isFalse();
        assertThat(analysis.relationshipHolders()).isEmpty();
        assertThat(analysis.singleThreaded()).isFalse();
    }

    @Test
    void aButlerStillReachedAfterTheOthersLeftIsOnlyButlerReachable() {
        CoverageAnalysis analysis = CoverageAnalysis.of(
                List.of(StakeholderPlacement.left(HELPER_ID, HELPER, LAST_MONTH),
                        StakeholderPlacement.active(BUTLER_ID, BUTLER)),
                List.of(knows(ANNA, HELPER_ID), knows(ANNA, BUTLER_ID)));
        assertThat(analysis.onlyButlerReachable()).isTrue();
    }

    @Test
    void holdersAreCountedOnceEachWhateverTheNumberOfRelationships() {
        CoverageAnalysis analysis = CoverageAnalysis.of(FULL_CENTRE,
                List.of(knows(ANNA, LEADER_ID), knows(ANNA, SPECIFIER_ID), knows(BORIS, LEADER_ID)));
        assertThat(analysis.relationshipHolders()).containsExactlyInAnyOrder(ANNA, BORIS);
        assertThat(analysis.singleThreaded()).isFalse();
        assertThat(analysis.hasGap(CoverageGapCode.SINGLE_THREADED)).isFalse();
    }

    @Test
    void exactlyOneHolderIsSingleThreaded() {
        CoverageAnalysis analysis = CoverageAnalysis.of(FULL_CENTRE,
                List.of(knows(ANNA, LEADER_ID), knows(ANNA, SPECIFIER_ID)));
        assertThat(analysis.singleThreaded()).isTrue();
        assertThat(analysis.hasGap(CoverageGapCode.SINGLE_THREADED)).isTrue();
    }

    @Test
    void aSecondHolderWhoseOnlyContactLeftDoesNotCount() {
        CoverageAnalysis analysis = CoverageAnalysis.of(
                List.of(StakeholderPlacement.active(LEADER_ID, LEADER),
                        StakeholderPlacement.left(HELPER_ID, HELPER, LAST_MONTH)),
                List.of(knows(ANNA, LEADER_ID), knows(BORIS, HELPER_ID)));
        assertThat(analysis.singleThreaded()).isTrue();
    }

    @Test
    void relationshipsWithPeopleNotOnRecordAreIgnored() {
        CoverageAnalysis analysis = CoverageAnalysis.of(List.of(StakeholderPlacement.active(LEADER_ID, LEADER)),
                List.of(knows(ANNA, LEADER_ID), knows(BORIS, StakeholderId.newId())));
        assertThat(analysis.relationshipHolders()).containsExactly(ANNA);
    }

    @Test
    void leadersAndSpecifiersWithoutAnyRelationshipAreUncoveredKeyPeople() {
        CoverageAnalysis analysis = CoverageAnalysis.of(FULL_CENTRE, List.of(knows(ANNA, BUTLER_ID)));
        assertThat(analysis.uncoveredKeyPeople()).containsExactly(LEADER_ID, SPECIFIER_ID);
        assertThat(analysis.gaps()).filteredOn(g -> g.code() == CoverageGapCode.KEY_PERSON_UNCOVERED)
                .extracting(g -> g.stakeholder().orElseThrow()).containsExactly(LEADER_ID, SPECIFIER_ID);
    }

    @Test
    void uncoveredHelpersAndButlersAreNotKeyPeopleGaps() {
        CoverageAnalysis analysis = CoverageAnalysis.of(FULL_CENTRE,
                List.of(knows(ANNA, LEADER_ID), knows(BORIS, SPECIFIER_ID)));
        assertThat(analysis.uncoveredKeyPeople()).isEmpty();
        assertThat(analysis.gaps()).isEmpty();
    }

    @Test
    void aKeyPersonWhoLeftIsNotUncovered() {
        CoverageAnalysis analysis = CoverageAnalysis.of(
                List.of(StakeholderPlacement.left(SPECIFIER_ID, SPECIFIER, LAST_MONTH),
                        StakeholderPlacement.active(LEADER_ID, LEADER)),
                List.of(knows(ANNA, LEADER_ID)));
        assertThat(analysis.uncoveredKeyPeople()).isEmpty();
    }

    @Test
    void aPoorRelationshipStillCounts() {
        CoverageAnalysis analysis = CoverageAnalysis.of(FULL_CENTRE, List.of(Relationship.of(ANNA, LEADER_ID,
                RelationshipType.FORMAL_ONLY, RelationshipQuality.POOR)));
        assertThat(analysis.leaderCovered()).isTrue();
    }

    @Test
    void theEventFiguresComeStraightFromTheAnalysis() {
        List<StakeholderPlacement> withDeparture = new java.util.ArrayList<>(FULL_CENTRE);
        withDeparture.add(StakeholderPlacement.left(OTHER_BUTLER_ID, BUTLER, LAST_MONTH));
        CoverageAnalysis analysis = CoverageAnalysis.of(withDeparture,
                List.of(knows(ANNA, LEADER_ID), knows(BORIS, HELPER_ID)));
        assertThat(analysis.figures()).isEqualTo(new CoverageFigures(4, true, false, 2));
    }

    @Test
    void gapExplanationsNameNobody() {
        CoverageAnalysis analysis = CoverageAnalysis.of(FULL_CENTRE, List.of(knows(ANNA, BUTLER_ID)));
        assertThat(analysis.gaps()).allSatisfy(g -> assertThat(g.explanation()).isNotBlank().doesNotContain("anna"));
    }

    @Test
    void aStakeholderCanBeOnRecordOnlyOnce() {
        assertThatThrownBy(() -> CoverageAnalysis.of(List.of(StakeholderPlacement.active(LEADER_ID, LEADER),
                StakeholderPlacement.active(LEADER_ID, BUTLER)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
