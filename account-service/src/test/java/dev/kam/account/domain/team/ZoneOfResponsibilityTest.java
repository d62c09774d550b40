package dev.kam.account.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ZoneOfResponsibilityTest {

    @Test
    void aZoneIsWrittenInWords() {
        assertThatThrownBy(() -> ZoneOfResponsibility.of("   "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> ZoneOfResponsibility.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZoneIsTrimmed() {
        assertThat(ZoneOfResponsibility.of("  technical service ").text()).isEqualTo("technical service");
    }

    @Test
    void aZoneIsAtMostFiveHundredCharacters() {
        assertThat(ZoneOfResponsibility.of("x".repeat(500)).text()).hasSize(500);
        assertThatThrownBy(() -> ZoneOfResponsibility.of("x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("500");
    }

    @Test
    void onlyTheKamRoleManages() {
        assertThat(TeamRole.KAM.manages()).isTrue();
        assertThat(TeamRole.TEAM_MEMBER.manages()).isFalse();
        assertThat(TeamRole.MARKETING.manages()).isFalse();
    }
}
