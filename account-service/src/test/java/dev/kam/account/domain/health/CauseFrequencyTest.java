package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CauseFrequencyTest {

    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private static HealthAssessment withCauses(CauseCode... codes) {
        List<CoolingCause> causes = Arrays.stream(codes).map(code -> new CoolingCause(code, 5, "because")).toList();
        return HealthAssessment.of(causes, POLICY);
    }

    private final List<HealthAssessment> portfolio = List.of(
            withCauses(CauseCode.OVERDUE_CONTACT, CauseCode.PURCHASE_DECLINE),
            withCauses(CauseCode.OVERDUE_CONTACT, CauseCode.NO_LEADER_RELATIONSHIP),
            withCauses(CauseCode.OVERDUE_CONTACT, CauseCode.NO_LEADER_RELATIONSHIP),
            withCauses(CauseCode.KEY_PERSON_LEFT),
            withCauses());

    @Test
    void theMostFrequentCauseComesFirst() {
        CauseFrequency frequency = CauseFrequency.across(portfolio);
        assertThat(frequency.counts().get(0)).isEqualTo(new CauseCount(CauseCode.OVERDUE_CONTACT, 3));
        assertThat(frequency.countOf(CauseCode.NO_LEADER_RELATIONSHIP)).isEqualTo(2);
    }

    @Test
    void equallyFrequentCausesFollowTheVocabularyOrder() {
        assertThat(CauseFrequency.across(portfolio).counts()).extracting(CauseCount::code).containsExactly(
                CauseCode.OVERDUE_CONTACT, CauseCode.NO_LEADER_RELATIONSHIP,
                CauseCode.PURCHASE_DECLINE, CauseCode.KEY_PERSON_LEFT);
    }

    @Test
    void theTopCausesCanBeLimited() {
        assertThat(CauseFrequency.across(portfolio).mostFrequent(2)).extracting(CauseCount::code)
                .containsExactly(CauseCode.OVERDUE_CONTACT, CauseCode.NO_LEADER_RELATIONSHIP);
        assertThat(CauseFrequency.across(portfolio).mostFrequent(0)).isEmpty();
        assertThatThrownBy(() -> CauseFrequency.across(portfolio).mostFrequent(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCauseThatNeverAppearedCountsZero() {
        assertThat(CauseFrequency.across(portfolio).countOf(CauseCode.TEAM_MEMBER_LEFT)).isZero();
    }

    @Test
    void anEmptyPortfolioHasNoCauses() {
        assertThat(CauseFrequency.across(List.of()).counts()).isEmpty();
    }

    @Test
    void anAssessmentCountsEachCauseOnce() {
        HealthAssessment twice = new HealthAssessment(new HealthScore(90), HealthBand.HEALTHY, List.of(
                new CoolingCause(CauseCode.OVERDUE_CONTACT, 5, "a"),
                new CoolingCause(CauseCode.OVERDUE_CONTACT, 5, "b")));
        assertThat(CauseFrequency.across(List.of(twice)).countOf(CauseCode.OVERDUE_CONTACT)).isEqualTo(1);
    }

    @Test
    void coolingsCanBeCountedTheSameWay() {
        Cooling cooling = new Cooling(new HealthScore(90), HealthBand.HEALTHY, new HealthScore(70), HealthBand.WATCH,
                List.of(new CoolingCause(CauseCode.KEY_PERSON_LEFT, 20, "A leader left")));
        assertThat(CauseFrequency.acrossCoolings(List.of(cooling, cooling)).counts())
                .containsExactly(new CauseCount(CauseCode.KEY_PERSON_LEFT, 2));
    }

    @Test
    void aTallyCountedElsewhereIsOrderedLikeCountedAssessments() {
        Map<CauseCode, Integer> tally = new EnumMap<>(CauseCode.class);
        tally.put(CauseCode.KEY_PERSON_LEFT, 1);
        tally.put(CauseCode.NO_LEADER_RELATIONSHIP, 2);
        tally.put(CauseCode.OVERDUE_CONTACT, 3);
        tally.put(CauseCode.PURCHASE_DECLINE, 1);
        assertThat(CauseFrequency.ofTally(tally).counts()).isEqualTo(CauseFrequency.across(portfolio).counts());
        assertThat(CauseFrequency.ofTally(Map.of()).counts()).isEmpty();
        assertThatThrownBy(() -> CauseFrequency.ofTally(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
