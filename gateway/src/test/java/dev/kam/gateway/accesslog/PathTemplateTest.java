package dev.kam.gateway.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void keepsTheFixedWordsOfAPath() {
        assertThat(PathTemplate.of("/api/accounts/me")).isEqualTo("/api/accounts/me");
        assertThat(PathTemplate.of("/api/accounts/purchase-volumes/imports"))
                .isEqualTo("/api/accounts/purchase-volumes/imports");
    }

    @Test
    void replacesIdsNumbersAndPeriods() {
        assertThat(PathTemplate.of("/api/accounts/3f2b1c4e-9a7d-4e21-8c55-0a1b2c3d4e5f/team/members/42"))
                .isEqualTo("/api/accounts/{id}/team/members/{id}");
        assertThat(PathTemplate.of("/api/accounts/ab12cd34ef56/purchase-volumes/2026-Q1"))
                .isEqualTo("/api/accounts/{id}/purchase-volumes/{id}");
    }

    @Test
    void replacesAnythingThatCouldNameAPerson() {
        assertThat(PathTemplate.of("/api/stakeholders/jane.doe@example.com")).isEqualTo("/api/stakeholders/{id}");
        assertThat(PathTemplate.of("/api/stakeholders/Jane%20Doe")).isEqualTo("/api/stakeholders/{id}");
    }

    @Test
    void keepsEmptySegments() {
        assertThat(PathTemplate.of("/api/accounts/")).isEqualTo("/api/accounts/");
    }
}
