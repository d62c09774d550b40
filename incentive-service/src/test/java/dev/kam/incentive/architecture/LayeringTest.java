package dev.kam.incentive.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The service's code shape (docs/adr/0012): dependencies run one way, rest -> service ->
 * (domain, repository, event), consumer -> service/repository, repository -> domain, and nothing
 * points back up. The rules are data: another service copies {@link #RULES} and changes {@link #ROOT}.
 */
class LayeringTest {

    /** A layer (a package under the root, with its sub-packages) and the packages it must not depend on. */
    record Rule(String name, String layer, List<String> forbidden) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final String ROOT = "dev.kam.incentive";

    static final List<Rule> RULES = List.of(
            new Rule("the domain is plain Java on the kernel alone", "domain", List.of("jakarta..", "io.quarkus..",
                    "org.hibernate..", "io.smallrye..", "org.eclipse.microprofile..", "com.fasterxml..",
                    ROOT + ".config..", ROOT + ".repository..", ROOT + ".service..", ROOT + ".rest..",
                    ROOT + ".event..", ROOT + ".consumer..", ROOT + ".client..", "dev.kam.plumbing..",
                    "dev.kam.events..")),
            new Rule("use cases know no resource and no consumer", "service",
                    List.of(ROOT + ".rest..", ROOT + ".consumer..")),
            new Rule("outbound event mapping knows no use case, resource or consumer", "event",
                    List.of(ROOT + ".service..", ROOT + ".rest..", ROOT + ".consumer..")),
            new Rule("repositories know no use case, resource, event mapping or consumer", "repository",
                    List.of(ROOT + ".service..", ROOT + ".rest..", ROOT + ".event..", ROOT + ".consumer..")),
            new Rule("resources know no repository and no consumer", "rest",
                    List.of(ROOT + ".repository..", ROOT + ".consumer..")),
            new Rule("nothing but the consumers themselves depends on a consumer", "",
                    List.of(ROOT + ".consumer..")));

    private static JavaClasses classes;

    @BeforeAll
    static void importTheServicesClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    static Stream<Rule> rules() {
        return RULES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void noDependencyRunsBackUp(Rule rule) {
        var layer = rule.layer().isEmpty()
                ? noClasses().that().resideOutsideOfPackage(ROOT + ".consumer..")
                : noClasses().that().resideInAPackage(ROOT + "." + rule.layer() + "..");
        layer.should().dependOnClassesThat().resideInAnyPackage(rule.forbidden().toArray(String[]::new))
                .because(rule.name())
                // a layer not built yet (event/ until events are published) breaks no rule
                .allowEmptyShould(true)
                .check(classes);
    }
}
