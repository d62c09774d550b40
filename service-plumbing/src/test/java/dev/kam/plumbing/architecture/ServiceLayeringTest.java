package dev.kam.plumbing.architecture;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule of {@link ServiceLayering} checked against one service: each service's {@code LayeringTest}
 * extends this and names its root package, so a new service gets the checks with two lines.
 */
public abstract class ServiceLayeringTest {

    private final ServiceLayering layering;

    protected ServiceLayeringTest(String rootPackage) {
        this.layering = ServiceLayering.of(rootPackage);
    }

    @TestFactory
    protected Stream<DynamicTest> noDependencyRunsBackUp() {
        return layering.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.name(), () -> layering.check(rule)));
    }
}
