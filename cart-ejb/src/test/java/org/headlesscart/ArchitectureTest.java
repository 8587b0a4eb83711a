package org.headlesscart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
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
    void customerAndCartUseEachOtherOnlyThroughBoundaries() {
        noClasses().that().resideInAPackage("org.headlesscart.cart..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.headlesscart.customer.control..", "org.headlesscart.customer.entity..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
