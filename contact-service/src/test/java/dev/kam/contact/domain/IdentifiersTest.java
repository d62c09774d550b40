package dev.kam.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

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

    @Test
    void anAccountIdMustBeAUuid() {
        assertThat(AccountId.of(UUID_TEXT).value()).isEqualTo(UUID.fromString(UUID_TEXT));
        assertThatThrownBy(() -> AccountId.of("42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountId.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccountId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUserIdIsAnyNonBlankKeycloakSubject() {
        assertThat(UserId.of("kc-subject-1").value()).isEqualTo("kc-subject-1");
    }

    @Test
    void aUserIdCannotBeBlankOrPadded() {
        assertThatThrownBy(() -> UserId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserId.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserId.of(" abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUserIdMayBeExactlyTheMaximumLengthButNotLonger() {
        assertThat(UserId.of("a".repeat(UserId.MAX_LENGTH)).value()).hasSize(UserId.MAX_LENGTH);
        assertThatThrownBy(() -> UserId.of("a".repeat(UserId.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleViolationCarriesItsRuleCode() {
        DomainRuleViolation violation = new DomainRuleViolation("relationship-unknown", "No such relationship");
        assertThat(violation.rule()).isEqualTo("relationship-unknown");
        assertThat(violation).hasMessage("No such relationship");
        assertThatThrownBy(() -> new DomainRuleViolation(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
