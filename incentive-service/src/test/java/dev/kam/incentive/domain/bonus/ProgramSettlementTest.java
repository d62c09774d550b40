package dev.kam.incentive.domain.bonus;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class ProgramSettlementTest {

    @Test
    void aProgrammeNotYetEvaluatedMayChange() {
        assertThatCode(() -> ProgramSettlement.requireUnsettled("Keep the north", false)).doesNotThrowAnyException();
    }

    @Test
    void anEvaluatedProgrammesTermsAreSettled() {
        assertThatThrownBy(() -> ProgramSettlement.requireUnsettled("Keep the north", true))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("Keep the north")
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo(ProgramSettlement.RULE);
    }
}
