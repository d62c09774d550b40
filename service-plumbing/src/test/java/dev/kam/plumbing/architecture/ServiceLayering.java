package dev.kam.plumbing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The code shape every service follows (docs/adr/0012): dependencies run one way, rest -> service ->
 * (domain, repository, event), consumer -> service/repository, repository -> domain, and nothing points
 * back up. One set of rules for all services, shipped in this module's test-jar; each service's
 * LayeringTest checks them against its own root package.
 */
public final class ServiceLayering {

    /** A layer (a package under the root, with its sub-packages; empty for "everything but consumers"). */
    public record Rule(String name, String layer, List<String> forbidden) {

        @Override
        public String toString() {
            return name;
        }
    }

    private final String root;
    private final List<Rule> rules;
    private JavaClasses classes;

    private ServiceLayering(String root) {
        this.root = root;
        this.rules = List.of(
                new Rule("the domain is plain Java on the kernel alone", "domain", List.of("jakarta..",
                        "io.quarkus..", "org.hibernate..", "io.smallrye..", "org.eclipse.microprofile..",
                        "com.fasterxml..", root + ".config..", root + ".repository..", root + ".service..",
                        root + ".rest..", root + ".event..", root + ".consumer..", root + ".client..",
                        "dev.kam.plumbing..", "dev.kam.events..")),
                new Rule("use cases know no resource and no consumer", "service",
                        List.of(root + ".rest..", root + ".consumer..")),
                new Rule("outbound event mapping knows no use case, resource or consumer", "event",
                        List.of(root + ".service..", root + ".rest..", root + ".consumer..")),
                new Rule("repositories know no use case, resource, event mapping or consumer", "repository",
                        List.of(root + ".service..", root + ".rest..", root + ".event..", root + ".consumer..")),
                new Rule("resources know no repository and no consumer", "rest",
                        List.of(root + ".repository..", root + ".consumer..")),
                new Rule("nothing but the consumers themselves depends on a consumer", "",
                        List.of(root + ".consumer..")));
    }

    /** The rules for the service whose classes live under {@code root}, e.g. {@code dev.kam.account}. */
    public static ServiceLayering of(String root) {
        return new ServiceLayering(root);
    }

    public List<Rule> rules() {
        return rules;
    }

    public void check(Rule rule) {
        var layer = rule.layer().isEmpty()
                ? noClasses().that().resideOutsideOfPackage(root + ".consumer..")
                : noClasses().that().resideInAPackage(root + "." + rule.layer() + "..");
        layer.should().dependOnClassesThat().resideInAnyPackage(rule.forbidden().toArray(String[]::new))
                .because(rule.name())
                // a layer a service does not have yet (no event/ before it publishes) breaks no rule
                .allowEmptyShould(true)
                .check(classes());
    }

    private JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(root);
            if (classes.isEmpty()) {
                // an empty import would let every rule pass without looking at anything
                throw new IllegalStateException("No classes found under " + root);
            }
        }
        return classes;
    }
}
