package org.headlesscart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** checkout sits above cart: it uses the published seams (boundary, model) of the modules below, never their insides. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.headlesscart.order", "org.headlesscart.payment", "org.headlesscart.checkout",
                    "org.headlesscart.mail");

    @Test
    void checkoutUsesOnlyTheSeamsBelowIt() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.headlesscart.api..",
                        "org.headlesscart.catalog.control..", "org.headlesscart.catalog.entity..",
                        "org.headlesscart.pricing.control..", "org.headlesscart.pricing.entity..",
                        "org.headlesscart.cart.control..", "org.headlesscart.cart.entity..",
                        "org.headlesscart.customer.control..", "org.headlesscart.customer.entity..")
                .check(CLASSES);
    }
}
