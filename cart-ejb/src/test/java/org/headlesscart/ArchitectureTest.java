package org.headlesscart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** cart-ejb's components reach other components only through their boundary; inside, BCE points one way. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.headlesscart.cart", "org.headlesscart.customer");

    @Test
    void catalogIsUsedOnlyThroughItsBoundary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.headlesscart.catalog.control..", "org.headlesscart.catalog.entity..")
                .check(CLASSES);
    }

    @Test
    void controlAndEntityNeverReachBackIntoTheBoundary() {
        noClasses().that().resideInAnyPackage("..control..", "..entity..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .check(CLASSES);
    }

    @Test
    void customerAndCartUseEachOtherOnlyThroughBoundaries() {
        noClasses().that().resideInAPackage("org.headlesscart.cart..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.headlesscart.customer.control..", "org.headlesscart.customer.entity..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
