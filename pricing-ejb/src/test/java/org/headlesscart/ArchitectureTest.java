package org.headlesscart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/** pricing sits between catalog and cart: it knows catalog's published seam only, and its layers point one way. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.headlesscart.pricing");

    @Test
    void pricingKnowsNeitherCartNorTheWar() {
        noClasses().that().resideInAPackage("org.headlesscart.pricing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.headlesscart.cart..",
                        "org.headlesscart.customer..", "org.headlesscart.api..",
                        "org.headlesscart.catalog.control..", "org.headlesscart.catalog.entity..")
                .check(CLASSES);
    }

    @Test
    void layersPointOneWay() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("boundary").definedBy("org.headlesscart.pricing.boundary..")
                .layer("control").definedBy("org.headlesscart.pricing.control..")
                .layer("entity").definedBy("org.headlesscart.pricing.entity..")
                .layer("model").definedBy("org.headlesscart.pricing.model..")
                .whereLayer("boundary").mayNotBeAccessedByAnyLayer()
                .whereLayer("control").mayOnlyBeAccessedByLayers("boundary")
                .whereLayer("entity").mayOnlyBeAccessedByLayers("boundary", "control")
                .whereLayer("model").mayNotAccessAnyLayer()
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
