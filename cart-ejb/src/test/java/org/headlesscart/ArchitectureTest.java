package org.headlesscart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/**
 * cart-ejb's components reach other components only through their boundary and model packages; inside each, BCE
 * points one way.
 */
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
     * Inside each component the layers point one way: boundary → control → entity, all three → model. Control and
     * entity never reach back into their own boundary, not even for a record, so only boundary code throws the
     * component's exception; the records and value rules both sides need live in the component's {@code model},
     * which itself depends on no layer. The rule is checked per component and counts only that component's own
     * packages: the cart's control using the catalog's or the customer's boundary and model is the designed seam
     * between components (checked by the other rules here), and {@code platform.numbers} belongs to no layer.
     */
    @Test
    void layersPointOneWayInEachComponent() {
        layers("cart").check(CLASSES);
        layers("customer").check(CLASSES);
    }

    private static Architectures.LayeredArchitecture layers(String component) {
        String base = "org.headlesscart." + component;
        return Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("boundary").definedBy(base + ".boundary..")
                .layer("control").definedBy(base + ".control..")
                .layer("entity").definedBy(base + ".entity..")
                .layer("model").definedBy(base + ".model..")
                .whereLayer("boundary").mayNotBeAccessedByAnyLayer()
                .whereLayer("control").mayOnlyBeAccessedByLayers("boundary")
                .whereLayer("entity").mayOnlyBeAccessedByLayers("boundary", "control")
                .whereLayer("model").mayNotAccessAnyLayer();
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
