package dev.kam.incentive.domain.competency;

import static dev.kam.incentive.domain.competency.Assessments.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainingRecordTest {

    @Test
    void aTrainingMayBeAimedAtNoCompetency() {
        TrainingRecord general = new TrainingRecord(EMPLOYEE, "Company onboarding", Optional.empty(),
                LocalDate.of(2026, 2, 1));

        assertThat(general.competency()).isEmpty();
    }

    @Test
    void aTitleLongerThanTwoHundredCharactersIsRefused() {
        assertThatThrownBy(() -> new TrainingRecord(EMPLOYEE, "x".repeat(TrainingRecord.TITLE_MAX + 1),
                Optional.of(Competency.ANALYTICAL), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
