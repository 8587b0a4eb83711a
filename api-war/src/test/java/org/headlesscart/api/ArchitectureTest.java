package org.headlesscart.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The WAR is a boundary adapter, the REST API and the console alike: it may use the EJB modules' boundary packages and
 * the records of their model packages, and nothing behind them.
 */
class ArchitectureTest {

    static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.headlesscart.api", "org.headlesscart.console");

    @Test
    void apiUsesOnlyBoundariesOfTheBusinessComponents() {
        noClasses().that().resideInAnyPackage("org.headlesscart.api..", "org.headlesscart.console..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.headlesscart.*.control..", "org.headlesscart.*.entity..",
                        "org.headlesscart.platform.persistence..")
                .because("resources call one boundary method and map records (STYLE §3.2); of the shared "
                        + "platform only its value helpers (platform.numbers) are for every layer")
                .check(API);
    }

    @Test
    void apiNeverTouchesJpa() {
        noClasses().that().resideInAnyPackage("org.headlesscart.api..", "org.headlesscart.console..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .because("persistence belongs to the EJB modules")
                .check(API);
    }
}
