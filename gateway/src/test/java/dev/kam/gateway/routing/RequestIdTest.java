package dev.kam.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void aNewRequestIdIsARandomVersion4Uuid() {
        String id = RequestIdFilter.newRequestId();
        UUID parsed = UUID.fromString(id);

        assertThat(parsed.toString()).isEqualTo(id);
        assertThat(parsed.version()).isEqualTo(4);
        assertThat(parsed.variant()).isEqualTo(2);
    }

    @Test
    void requestIdsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(RequestIdFilter.newRequestId());
        }
        assertThat(ids).hasSize(100_000);
    }
}
