package dev.atlvs.tests.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The boundaries between the SDK's published modules, checked on their compiled classes:
 * <ul>
 *   <li>an {@code internal} package is used only inside its own module;</li>
 *   <li>a domain module reaches another domain module through its public services, never through its
 *       repositories or its values' builders (the {@code Immutable*} classes); fixture code in a
 *       {@code testing} package may build another module's values;</li>
 *   <li>a domain module uses none of the core's integration packages (API keys, webhooks, change feed);</li>
 *   <li>no module depends on a module that depends on it (core on nothing, projects on core, people on core and
 *       projects, finance on core, projects and people, programming and pipeline on all four and not on each other, the test harness on core only).</li>
 * </ul>
 */
class ModuleBoundariesTest {

    private static final List<String> MODULES = List.of("core", "projects", "people", "finance", "programming", "pipeline", "testing");
    private static final List<String> DOMAIN_MODULES = List.of("projects", "people", "finance", "programming", "pipeline");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.atlvs");
    }

    @Test
    void theClassesOfEveryModuleAreImported() {
        for (String module : MODULES) {
            assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("dev.atlvs." + module + "."))).as(module).isNotEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> internalPackagesAreUsedOnlyInsideTheirModule() {
        return MODULES.stream().map(module -> DynamicTest.dynamicTest("internal packages of " + module, () -> {
            ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.atlvs." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("dev.atlvs." + module + "..internal..")
                    .because("internal packages are public only for technical reasons");
            if (module.equals("core")) {
                // The contract check of the guardrail suites reads CHECK constraints with the parser the runtime uses.
                rule = noClasses().that().resideOutsideOfPackage("dev.atlvs.core..")
                        .should().dependOnClassesThat(resideInAPackage("dev.atlvs.core..internal..")
                                .and(not(resideInAPackage("dev.atlvs.core.validation.internal.."))))
                        .because("internal packages are public only for technical reasons");
                noClasses().that().resideOutsideOfPackage("dev.atlvs.core..").and().resideOutsideOfPackage("dev.atlvs.testing.guardrails..")
                        .should().dependOnClassesThat().resideInAPackage("dev.atlvs.core.validation.internal..")
                        .because("only the contract check of the guardrail suites shares the runtime's reading of CHECK constraints")
                        .check(classes);
            }
            rule.check(classes);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aDomainModuleUsesNoOtherModulesRepositoriesOrBuilders() {
        return DOMAIN_MODULES.stream().flatMap(module -> DOMAIN_MODULES.stream().filter(other -> !other.equals(module))
                .map(other -> DynamicTest.dynamicTest(module + " uses no repository or builder of " + other, () -> {
                    ArchRule rule = noClasses().that().resideInAPackage("dev.atlvs." + module + "..")
                            .and().resideOutsideOfPackage("dev.atlvs." + module + ".testing..")
                            .should().dependOnClassesThat(resideInAPackage("dev.atlvs." + other + "..")
                                    .and(simpleNameEndingWith("Repository").or(simpleNameStartingWith("Immutable"))))
                            .because("a module reaches another through its public services or domain events");
                    rule.check(classes);
                })));
    }

    @TestFactory
    Stream<DynamicTest> aDomainModuleUsesNoIntegrationPackageOfTheCore() {
        return DOMAIN_MODULES.stream().map(module -> DynamicTest.dynamicTest(module + " uses no integration package", () ->
                noClasses().that().resideInAPackage("dev.atlvs." + module + "..")
                        .should().dependOnClassesThat().resideInAnyPackage("dev.atlvs.core.apikey..", "dev.atlvs.core.webhook..",
                                "dev.atlvs.core.feed..")
                        .because("modules publish through DomainEvents and build on the kernel and the shared domain only"
                                + " (docs/decisions/0005)")
                        .check(classes)));
    }

    @Test
    void modulesDependOnlyOnTheModulesBelowThem() {
        noClasses().that().resideInAPackage("dev.atlvs.core..")
                .should().dependOnClassesThat(resideInAPackage("dev.atlvs..").and(not(resideInAPackage("dev.atlvs.core.."))))
                .check(classes);
        noClasses().that().resideInAPackage("dev.atlvs.testing..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.atlvs.projects..", "dev.atlvs.people..", "dev.atlvs.finance..",
                        "dev.atlvs.programming..", "dev.atlvs.pipeline..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.atlvs.projects..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.atlvs.people..", "dev.atlvs.finance..", "dev.atlvs.programming..",
                        "dev.atlvs.pipeline..", "dev.atlvs.testing..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.atlvs.people..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.atlvs.finance..", "dev.atlvs.programming..", "dev.atlvs.pipeline..",
                        "dev.atlvs.testing..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.atlvs.finance..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.atlvs.programming..", "dev.atlvs.pipeline..", "dev.atlvs.testing..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.atlvs.programming..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.atlvs.pipeline..", "dev.atlvs.testing..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.atlvs.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.atlvs.programming..", "dev.atlvs.testing..")
                .check(classes);
    }
}
