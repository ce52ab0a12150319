package org.shebao.policyservice.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package structure docs/architecture.md describes: HTTP stays in rest, and no package depends on itself. */
@AnalyzeClasses(packages = "org.shebao.policyservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices().matching("org.shebao.policyservice.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule httpOnlyInRest = noClasses().that().resideOutsideOfPackage("..policyservice.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.quarkiverse.resteasy.problem..",
                    "org.jboss.resteasy..")
            .because("services speak the domain; only rest/ turns it into HTTP");
}
