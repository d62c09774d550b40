package dev.kam.plumbing.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two requests are "the same" when they mean the same, whatever the order of their properties. */
class RequestFingerprintTest {

    private final RequestFingerprint fingerprint = new RequestFingerprint(new ObjectMapper());

    record Registration(String name, String legalId, List<String> tags) {
    }

    @Test
    void isASha256InHex() {
        assertThat(fingerprint.of(new Registration("Hafen", "DE1", List.of()))).matches("[0-9a-f]{64}");
    }

    @Test
    void equalRequestsHaveEqualFingerprints() {
        assertThat(fingerprint.of(new Registration("Hafen", "DE1", List.of("a"))))
                .isEqualTo(fingerprint.of(new Registration("Hafen", "DE1", List.of("a"))));
    }

    @Test
    void propertyOrderDoesNotMatter() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("name", "Hafen");
        one.put("legalId", "DE1");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("legalId", "DE1");
        other.put("name", "Hafen");

        assertThat(fingerprint.of(one)).isEqualTo(fingerprint.of(other));
    }

    @Test
    void anyDifferenceInAValueMatters() {
        assertThat(fingerprint.of(new Registration("Hafen", "DE1", List.of())))
                .isNotEqualTo(fingerprint.of(new Registration("Hafen", "DE2", List.of())));
        assertThat(fingerprint.of(new Registration("Hafen", "DE1", List.of("a", "b"))))
                .isNotEqualTo(fingerprint.of(new Registration("Hafen", "DE1", List.of("b", "a"))));
    }
}
