package org.headlesscart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
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

    /**
     * Only boundary code decides failures and transactions: control and entity code may build the boundary's
     * records (views, queries), but never throws its exceptions or calls its services.
     */
    @Test
    void controlAndEntityNeverThrowBusinessExceptionsOrCallBoundaries() {
        noClasses().that().resideInAnyPackage("..control..", "..entity..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("..boundary..")
                        .and(JavaClass.Predicates.simpleNameEndingWith("Exception")
                                .or(JavaClass.Predicates.simpleNameEndingWith("Failure"))
                                .or(JavaClass.Predicates.simpleNameEndingWith("Service"))))
                .check(CLASSES);
    }

    @Test
    void entitiesKnowNothingAboveThem() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
                .check(CLASSES);
    }

    @Test
    void persistencePlumbingHoldsNoBusinessLogic() {
        noClasses().that().resideInAPackage("org.headlesscart.platform..")
                .should().dependOnClassesThat().resideInAPackage("org.headlesscart.catalog..")
                .check(CLASSES);
    }
}
