package dev.kam.plumbing.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.kam.kernel.UserId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory against the real Keycloak of the local stack (realm kam, client kam-directory). */
@QuarkusTest
class PeopleDirectoryKeycloakTest {

    private static final UserId KATE = UserId.of("00000000-0000-4000-8000-000000000001");

    @Inject
    PeopleDirectory directory;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kam.directory.url")
    String keycloakUrl;

    @ConfigProperty(name = "kam.directory.realm")
    String realm;

    private KeycloakAdmin admin;

    @BeforeEach
    void admin() {
        admin = new KeycloakAdmin(keycloakUrl, realm);
    }

    @Test
    void aDemoUserIsKnownWithTheirNameFromKeycloak() {
        assertThat(directory.knows(KATE)).isTrue();
        assertThat(directory.find(KATE)).hasValueSatisfying(kate -> {
            assertThat(kate.username()).isEqualTo("kate");
            assertThat(kate.displayName()).isEqualTo("Kate Keller");
            assertThat(kate.enabled()).isTrue();
        });
    }

    @Test
    void aRandomUuidAndAMadeUpNameAreUnknown() {
        assertThat(directory.knows(UserId.of(UUID.randomUUID().toString()))).isFalse();
        assertThat(directory.knows(UserId.of("ghost-1"))).isFalse();
        assertThat(directory.find(UserId.of("ghost-1"))).isEmpty();
    }

    @Test
    void aDisabledUserIsFoundButNotKnown() {
        String id = admin.createUser(false);
        try {
            assertThat(directory.knows(UserId.of(id))).isFalse();
            assertThat(directory.find(UserId.of(id))).hasValueSatisfying(p -> assertThat(p.enabled()).isFalse());
        } finally {
            admin.deleteUser(id);
        }
    }

    @Test
    void aDeletedUserIsUnknown() {
        String id = admin.createUser(true);
        admin.deleteUser(id);

        assertThat(directory.knows(UserId.of(id))).isFalse();
    }

    @Test
    void aServiceAccountIsNotAPerson() {
        String serviceAccount = admin.serviceAccountUserId("kam-directory");

        assertThat(directory.knows(UserId.of(serviceAccount))).isFalse();
    }

    @Test
    void theSecondLookupOfAPersonIsServedFromTheCache() {
        String id = admin.createUser(true);
        try {
            double before = lookups("known");
            assertThat(directory.knows(UserId.of(id))).isTrue();
            assertThat(directory.knows(UserId.of(id))).isTrue();
            assertThat(directory.find(UserId.of(id))).isPresent();

            assertThat(lookups("known") - before).as("questions sent to Keycloak").isEqualTo(1.0);
        } finally {
            admin.deleteUser(id);
        }
    }

    @Test
    void theSecondLookupOfAnUnknownIdIsServedFromTheCacheToo() {
        UserId nobody = UserId.of(UUID.randomUUID().toString());
        double before = lookups("unknown");

        assertThat(directory.knows(nobody)).isFalse();
        assertThat(directory.knows(nobody)).isFalse();

        assertThat(lookups("unknown") - before).as("questions sent to Keycloak").isEqualTo(1.0);
    }

    @Test
    void anUnknownPersonIsRefusedWith422NamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("userId", "ghost-1"))
                .post("/test/directory/members")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(DirectoryProblemMappers.UNKNOWN_PERSON_TYPE))
                .body("violations[0].field", equalTo("userId"))
                .body("detail", equalTo("'userId' does not name a person known to the identity provider"));
    }

    @Test
    void aKnownPersonIsLetThrough() {
        given().contentType(ContentType.JSON).body(Map.of("userId", KATE.value()))
                .post("/test/directory/members")
                .then().statusCode(204);
    }

    private double lookups(String outcome) {
        Counter counter = registry.find(KeycloakPersonSource.LOOKUPS).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
