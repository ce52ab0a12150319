package org.shebao.calcservice.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of calc-service (docs/architecture.md): packages by role without cycles; calculators that are
 * plain Java; HTTP only in {@code rest}.
 */
@AnalyzeClasses(packages = "org.shebao.calcservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** api, calc, config, health, messaging, rest, service, state: no two of them depend on each other. */
    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices().matching("org.shebao.calcservice.(*)..")
            .should().beFreeOfCycles();

    /**
     * The calculators use the JDK, each other and the contract's plain records only: no framework, no JSON annotations
     * (the answer records in {@code api} decide the JSON), so they can be read, tested and reused on their own.
     */
    @ArchTest
    static final ArchRule calculatorsArePlainJava = classes().that().resideInAPackage("org.shebao.calcservice.calc..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.shebao.calcservice.calc..", "org.shebao.contract..");

    /** Status codes, headers and problem documents are built in rest alone. */
    @ArchTest
    static final ArchRule httpOnlyInRest = noClasses().that().resideOutsideOfPackage("org.shebao.calcservice.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                    "io.quarkiverse.resteasy.problem..");

    /** The public answer shapes do not depend on how they are computed or served. */
    @ArchTest
    static final ArchRule answersDependOnNoService = noClasses().that().resideInAPackage("org.shebao.calcservice.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.shebao.calcservice.service..",
                    "org.shebao.calcservice.rest..", "org.shebao.calcservice.messaging..",
                    "org.shebao.calcservice.state..");
}
