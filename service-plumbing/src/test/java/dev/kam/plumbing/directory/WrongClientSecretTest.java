package dev.kam.plumbing.directory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.UserId;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A misconfigured secret: Keycloak is up but will not answer us. Neither known nor unknown, but unavailable. */
@QuarkusTest
@TestProfile(WrongClientSecretTest.WrongSecret.class)
class WrongClientSecretTest {

    @Inject
    PeopleDirectory directory;

    @Test
    void withoutATokenNobodyIsAdmittedAndNobodyIsCalledUnknown() {
        assertThatThrownBy(() -> directory.knows(UserId.of("00000000-0000-4000-8000-000000000001")))
                .isInstanceOf(PeopleDirectoryUnavailableException.class);
        assertThatThrownBy(() -> directory.knows(UserId.of("ghost-1")))
                .isInstanceOf(PeopleDirectoryUnavailableException.class);
    }

    public static class WrongSecret implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kam.directory.client-secret", "not-the-secret");
        }
    }
}
