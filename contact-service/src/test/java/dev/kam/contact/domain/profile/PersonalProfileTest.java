package dev.kam.contact.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.contact.domain.StakeholderId;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalProfileTest {

    private static final StakeholderId PERSON = StakeholderId.of("3f0e2a4c-8a1b-4c55-9d7e-1b2c3d4e5f60");

    private static PersonalProfile fullyAnswered() {
        PersonalProfile profile = PersonalProfile.empty(PERSON);
        for (ProfileQuestion question : ProfileQuestion.values()) {
            profile = profile.answering(question, "known");
        }
        return profile;
    }

    @Test
    void anEmptyProfileIsZeroPercentCompleteAndMissesEveryQuestion() {
        PersonalProfile profile = PersonalProfile.empty(PERSON);
        assertThat(profile.completeness().percent()).isZero();
        assertThat(profile.missingQuestions()).containsExactly(ProfileQuestion.values());
    }

    @Test
    void eachAnsweredQuestionAddsTenPercent() {
        PersonalProfile profile = PersonalProfile.empty(PERSON)
                .answering(ProfileQuestion.EDUCATION, "Engineering degree, 2004")
                .answering(ProfileQuestion.NEGOTIATING_STYLE, "Direct, wants numbers");
        assertThat(profile.completeness()).isEqualTo(new ProfileCompleteness(2, 10));
        assertThat(profile.completeness().percent()).isEqualTo(20);
    }

    @Test
    void missingQuestionsKeepTheOrderOfTheForm() {
        PersonalProfile profile = PersonalProfile.empty(PERSON).answering(ProfileQuestion.PREVIOUS_POSITION, "x");
        assertThat(profile.missingQuestions()).hasSize(9).startsWith(ProfileQuestion.EDUCATION,
                ProfileQuestion.COMPANY_OR_SELF).doesNotContain(ProfileQuestion.PREVIOUS_POSITION);
    }

    @Test
    void aFullyAnsweredProfileIsOneHundredPercentAndMissesNothing() {
        PersonalProfile profile = fullyAnswered();
        assertThat(profile.completeness().percent()).isEqualTo(100);
        assertThat(profile.completeness().isComplete()).isTrue();
        assertThat(profile.missingQuestions()).isEmpty();
    }

    @Test
    void nineAnswersAreNotComplete() {
        PersonalProfile profile = fullyAnswered().answering(ProfileQuestion.FELT_OBLIGATIONS, "");
        assertThat(profile.completeness().percent()).isEqualTo(90);
        assertThat(profile.completeness().isComplete()).isFalse();
        assertThat(profile.missingQuestions()).containsExactly(ProfileQuestion.FELT_OBLIGATIONS);
    }

    @Test
    void aNewAnswerReplacesTheOldOne() {
        PersonalProfile profile = PersonalProfile.empty(PERSON)
                .answering(ProfileQuestion.EDUCATION, "first").answering(ProfileQuestion.EDUCATION, " second ");
        assertThat(profile.answer(ProfileQuestion.EDUCATION)).contains(new ProfileAnswer("second"));
        assertThat(profile.completeness().answered()).isEqualTo(1);
    }

    @Test
    void aBlankAnswerClearsTheQuestion() {
        PersonalProfile profile = PersonalProfile.empty(PERSON).answering(ProfileQuestion.EDUCATION, "x")
                .answering(ProfileQuestion.EDUCATION, "   ");
        assertThat(profile.answer(ProfileQuestion.EDUCATION)).isEmpty();
    }

    @Test
    void anAnswerMayBeExactlyTheMaximumLengthButNotLonger() {
        String longest = "a".repeat(ProfileAnswer.MAX_LENGTH);
        assertThat(PersonalProfile.empty(PERSON).answering(ProfileQuestion.EDUCATION, longest)
                .answer(ProfileQuestion.EDUCATION)).isPresent();
        assertThatThrownBy(() -> PersonalProfile.empty(PERSON).answering(ProfileQuestion.EDUCATION, longest + "a"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changingAProfileLeavesTheOriginalUntouched() {
        PersonalProfile original = PersonalProfile.empty(PERSON);
        original.answering(ProfileQuestion.EDUCATION, "x");
        assertThat(original.answers()).isEmpty();
    }

    @Test
    void erasureRemovesEveryAnswerAndRecordsWhichQuestionsHadOne() {
        PersonalProfile profile = PersonalProfile.empty(PERSON)
                .answering(ProfileQuestion.COMPANY_PROBLEMS, "x").answering(ProfileQuestion.EDUCATION, "y");
        Erasure erasure = profile.erased();
        assertThat(erasure.stakeholder()).isEqualTo(PERSON);
        assertThat(erasure.erasedAnswers())
                .containsExactly(ProfileQuestion.EDUCATION, ProfileQuestion.COMPANY_PROBLEMS);
        assertThat(erasure.profile().answers()).isEmpty();
        assertThat(erasure.profile().completeness().percent()).isZero();
        assertThat(erasure.removedAnything()).isTrue();
    }

    @Test
    void erasingAnEmptyProfileRemovesNothing() {
        Erasure erasure = PersonalProfile.empty(PERSON).erased();
        assertThat(erasure.removedAnything()).isFalse();
        assertThat(erasure.erasedAnswers()).isEmpty();
    }

    @Test
    void answersDoNotAppearInTextRepresentations() {
        PersonalProfile profile = PersonalProfile.empty(PERSON).answering(ProfileQuestion.PERSONAL_CONCERNS, "sailing");
        assertThat(profile.toString()).doesNotContain("sailing");
        assertThat(profile.erased().toString()).doesNotContain("sailing");
    }

    @Test
    void aProfileBelongsToAStakeholder() {
        assertThatThrownBy(() -> PersonalProfile.empty(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalProfile.empty(PERSON).answering(null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersAreKeptInTheOrderOfTheForm() {
        Map<ProfileQuestion, ProfileAnswer> answers = fullyAnswered().answers();
        assertThat(answers.keySet()).containsExactly(ProfileQuestion.values());
        assertThat(Arrays.asList(ProfileQuestion.values())).hasSize(answers.size());
    }

    @Test
    void completenessCannotExceedTheTotal() {
        assertThatThrownBy(() -> new ProfileCompleteness(11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProfileCompleteness(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
