package dev.kam.contact.domain.stakeholder;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.DomainRuleViolation;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgChartTest {

    private static final StakeholderId CEO = StakeholderId.newId();
    private static final StakeholderId HEAD = StakeholderId.newId();
    private static final StakeholderId BUYER = StakeholderId.newId();
    private static final OrgChart CHART = new OrgChart(Map.of(CEO, Optional.empty(), HEAD, Optional.of(CEO),
            BUYER, Optional.of(HEAD)));

    @Test
    void aPersonMayReportToSomeoneOfTheSameAccount() {
        assertThatCode(() -> CHART.requireValidLine(BUYER, Optional.of(CEO))).doesNotThrowAnyException();
    }

    @Test
    void reportingToNobodyIsAlwaysFine() {
        assertThatCode(() -> CHART.requireValidLine(HEAD, Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void nobodyReportsToHimself() {
        assertThatThrownBy(() -> CHART.requireValidLine(HEAD, Optional.of(HEAD)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("himself");
    }

    @Test
    void aManagerMustBeOnRecordForTheSameAccount() {
        assertThatThrownBy(() -> CHART.requireValidLine(HEAD, Optional.of(StakeholderId.newId())))
                .isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((DomainRuleViolation) e).rule())
                        .isEqualTo("reports-to-unknown"));
    }

    @Test
    void aLineThatWouldCloseACircleIsRefused() {
        assertThatThrownBy(() -> CHART.requireValidLine(CEO, Optional.of(BUYER)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("indirect manager");
    }

    @Test
    void aNewPersonNotYetOnTheChartMayReportToAnyoneOnIt() {
        assertThatCode(() -> CHART.requireValidLine(StakeholderId.newId(), Optional.of(BUYER)))
                .doesNotThrowAnyException();
    }
}
