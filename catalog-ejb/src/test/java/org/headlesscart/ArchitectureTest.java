package org.headlesscart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** catalog is the base component: it knows no other component, and its BCE layers point one way. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.headlesscart");

    @Test
    void catalogKnowsNoOtherComponent() {
        noClasses().that().resideInAPackage("org.headlesscart.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.headlesscart.cart..", "org.headlesscart.customer..", "org.headlesscart.api..")
                .check(CLASSES);
    }

    @Test
    void controlAndEntityNeverReachBackIntoTheBoundary() {
        noClasses().that().resideInAnyPackage("..control..", "..entity..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .check(CLASSES);
    }

    @Test
    void persistencePlumbingHoldsNoBusinessLogic() {
        noClasses().that().resideInAPackage("org.headlesscart.platform..")
                .should().dependOnClassesThat().resideInAPackage("org.headlesscart.catalog..")
                .check(CLASSES);
    }
}
