package dev.kam.contact.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProfileQuestionTest {

    @Test
    void thereAreTenQuestions() {
        assertThat(ProfileQuestion.values()).hasSize(10);
    }

    @Test
    void theFormStartsWithEducationAndEndsWithTheCompetitorsOffer() {
        assertThat(ProfileQuestion.values()[0]).isEqualTo(ProfileQuestion.EDUCATION);
        assertThat(ProfileQuestion.values()[9]).isEqualTo(ProfileQuestion.COMPETITOR_OFFER);
    }

    @Test
    void everyQuestionHasAUniqueCodeAndAPrompt() {
        assertThat(Arrays.stream(ProfileQuestion.values()).map(ProfileQuestion::code)).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z]+(-[a-z]+)*"));
        assertThat(ProfileQuestion.values()).allMatch(q -> q.prompt().endsWith("?"));
    }

    @Test
    void aQuestionIsFoundByItsCode() {
        for (ProfileQuestion question : ProfileQuestion.values()) {
            assertThat(ProfileQuestion.fromCode(question.code())).isEqualTo(question);
        }
    }

    @Test
    void anUnknownCodeIsRefused() {
        assertThatThrownBy(() -> ProfileQuestion.fromCode("shoe-size")).isInstanceOf(IllegalArgumentException.class);
    }
}
