package dev.kam.account.domain.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.account.domain.health.CauseCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LossReviewTest {

    private static final LossCause CAUSE = LossCause.of(CauseCode.TEAM_MEMBER_LEFT);

    @Test
    void aLossReviewNamesAtLeastOneCause() {
        assertThatThrownBy(() -> new LossReview(List.of(), "lessons"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one cause");
    }

    @Test
    void aLossReviewStatesTheLessonsLearned() {
        assertThatThrownBy(() -> new LossReview(List.of(CAUSE), "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lessons");
    }

    @Test
    void aLossReviewNamesEachCauseOnce() {
        assertThatThrownBy(() -> new LossReview(List.of(CAUSE, LossCause.of(CauseCode.TEAM_MEMBER_LEFT)), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLossReviewHasAtMostTwentyCauses() {
        List<LossCause> twenty = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> LossCause.described("cause " + i)).toList();
        assertThat(new LossReview(twenty, "x").causes()).hasSize(20);
        List<LossCause> twentyOne = new ArrayList<>(twenty);
        twentyOne.add(LossCause.described("one too many"));
        assertThatThrownBy(() -> new LossReview(twentyOne, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lessonsLearnedAreBounded() {
        String longest = "x".repeat(LossReview.MAX_LESSONS_LENGTH);
        assertThat(new LossReview(List.of(CAUSE), longest).lessonsLearned()).hasSize(4000);
        assertThatThrownBy(() -> new LossReview(List.of(CAUSE), longest + "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingCauseInTheListIsRefused() {
        assertThatThrownBy(() -> new LossReview(Collections.singletonList(null), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCauseFromTheVocabularyIsRecognisedAndFreeTextIsNot() {
        assertThat(LossCause.of(CauseCode.KEY_PERSON_LEFT).code()).contains(CauseCode.KEY_PERSON_LEFT);
        assertThat(LossCause.described("Treated incorrectly by delivery staff").code()).isEmpty();
    }

    @Test
    void aFreeTextCauseIsTrimmedAndBounded() {
        assertThat(LossCause.described("  late deliveries ").text()).isEqualTo("late deliveries");
        assertThatThrownBy(() -> LossCause.described("x".repeat(LossCause.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LossCause.described(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
