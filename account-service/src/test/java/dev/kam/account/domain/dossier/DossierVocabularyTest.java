package dev.kam.account.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DossierVocabularyTest {

    @Test
    void openAndInProgressProblemsAreOpenSolvedAndDroppedAreNot() {
        assertThat(Arrays.stream(ProblemStatus.values()).filter(ProblemStatus::isOpen))
                .containsExactly(ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS);
    }

    @Test
    void onlyHighAndCriticalProblemsAreImportant() {
        assertThat(Arrays.stream(Importance.values()).filter(Importance::isImportant))
                .containsExactly(Importance.HIGH, Importance.CRITICAL);
    }

    @Test
    void doneAndCancelledActionsAreFinished() {
        assertThat(Arrays.stream(ActionStatus.values()).filter(ActionStatus::isFinished))
                .containsExactly(ActionStatus.DONE, ActionStatus.CANCELLED);
    }

    @Test
    void leadersAndSpecifiersAreKeyPeopleHelpersAndButlersAreNot() {
        assertThat(Arrays.stream(BuyingCentreRole.values()).filter(BuyingCentreRole::isKeyPerson))
                .containsExactly(BuyingCentreRole.LEADER, BuyingCentreRole.SPECIFIER);
    }
}
