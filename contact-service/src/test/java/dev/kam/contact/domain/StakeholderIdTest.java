package dev.kam.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StakeholderIdTest {

    private static final String UUID_TEXT = "3f0e2a4c-8a1b-4c55-9d7e-1b2c3d4e5f60";

    @Test
    void aStakeholderIdIsReadFromItsUuidText() {
        assertThat(StakeholderId.of(" " + UUID_TEXT + " ").value()).isEqualTo(UUID.fromString(UUID_TEXT));
        assertThat(StakeholderId.of(UUID_TEXT).toString()).isEqualTo(UUID_TEXT);
    }

    @Test
    void aStakeholderIdMustBeAUuid() {
        assertThatThrownBy(() -> StakeholderId.of("not-a-uuid")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UUID");
        assertThatThrownBy(() -> StakeholderId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StakeholderId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newStakeholderIdsDiffer() {
        assertThat(StakeholderId.newId()).isNotEqualTo(StakeholderId.newId());
    }
}
