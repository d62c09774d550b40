package dev.kam.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void anAccountIdIsReadFromItsUuidText() {
        UUID uuid = UUID.randomUUID();
        assertThat(AccountId.of(uuid.toString()).value()).isEqualTo(uuid);
        assertThat(AccountId.of(uuid.toString())).hasToString(uuid.toString());
    }

    @Test
    void anAccountIdThatIsNotAUuidIsRefused() {
        assertThatThrownBy(() -> AccountId.of("acme")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UUID");
        assertThatThrownBy(() -> new AccountId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newAccountIdsDiffer() {
        assertThat(AccountId.newId()).isNotEqualTo(AccountId.newId());
    }

    @Test
    void aUserIdIsTheKeycloakSubjectAsGiven() {
        String subject = "00000000-0000-4000-8000-000000000001";
        assertThat(UserId.of(subject).value()).isEqualTo(subject);
        assertThat(UserId.of(subject)).hasToString(subject);
    }

    @Test
    void aBlankUserIdIsRefused() {
        assertThatThrownBy(() -> UserId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPaddedUserIdIsRefusedBecauseItWouldBeSomeoneElse() {
        assertThatThrownBy(() -> UserId.of(" kate")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUserIdIsBoundedInLength() {
        assertThat(UserId.of("x".repeat(UserId.MAX_LENGTH)).value()).hasSize(255);
        assertThatThrownBy(() -> UserId.of("x".repeat(UserId.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleViolationCarriesItsRuleCodeAndMessage() {
        DomainRuleViolation violation = new DomainRuleViolation("loss-review-required", "Needs a review");
        assertThat(violation.rule()).isEqualTo("loss-review-required");
        assertThat(violation).hasMessage("Needs a review");
        assertThatThrownBy(() -> new DomainRuleViolation(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
