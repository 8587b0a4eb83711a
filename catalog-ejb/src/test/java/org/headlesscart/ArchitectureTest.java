package org.headlesscart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
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
     * Inside the component the layers point one way: boundary → control → entity, all three → model. Control and
     * entity never reach back into the boundary, not even for a record, so only boundary code throws the
     * component's exception and opens transactions; the records both sides need live in {@code model}, which
     * itself depends on no layer. Only the component's own packages count: another component's boundary and model
     * are its published seam, and {@code platform.numbers} belongs to no layer.
     */
    @Test
    void layersPointOneWay() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("boundary").definedBy("org.headlesscart.catalog.boundary..")
                .layer("control").definedBy("org.headlesscart.catalog.control..")
                .layer("entity").definedBy("org.headlesscart.catalog.entity..")
                .layer("model").definedBy("org.headlesscart.catalog.model..")
                .whereLayer("boundary").mayNotBeAccessedByAnyLayer()
                .whereLayer("control").mayOnlyBeAccessedByLayers("boundary")
                .whereLayer("entity").mayOnlyBeAccessedByLayers("boundary", "control")
                .whereLayer("model").mayNotAccessAnyLayer()
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
