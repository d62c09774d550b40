package dev.kam.contact.architecture;

import dev.kam.plumbing.architecture.ServiceLayering;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** This service keeps the suite's code shape (docs/adr/0012): no dependency runs back up. */
class LayeringTest {

    private static final ServiceLayering LAYERING = ServiceLayering.of("dev.kam.contact");

    static Stream<ServiceLayering.Rule> rules() {
        return LAYERING.rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void noDependencyRunsBackUp(ServiceLayering.Rule rule) {
        LAYERING.check(rule);
    }
}
