package dev.kam.plumbing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.kernel.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlausibleUserIdTest {

    @Test
    void aKeycloakUuidIsWorthAsking() {
        assertThat(PlausibleUserId.test(UserId.of("00000000-0000-4000-8000-000000000001"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ghost-1", "kate", "user.name", "u@example", "A_b-9"})
    void aSimpleIdIsWorthAskingAndKeycloakDecides(String id) {
        assertThat(PlausibleUserId.test(UserId.of(id))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", ".hidden", "-x", "a/b", "a b", "%2e%2e", "a?b", "a#b", "a;b", "é", "a\\b"})
    void anIdThatWouldChangeTheAdminUrlOrCannotBeAUserIdIsNot(String id) {
        assertThat(PlausibleUserId.test(UserId.of(id))).isFalse();
    }
}
