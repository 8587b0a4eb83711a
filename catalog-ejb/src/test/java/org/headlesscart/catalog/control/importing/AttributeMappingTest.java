package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.headlesscart.catalog.control.importing.AttributeMapping.Mapped;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the Attribute columns become, on WooCommerce's sample export and on small files written here. */
class AttributeMappingTest {

    /** Stands in for the importer's lookups: the slugs a new attribute and new terms get. */
    static final AttributeMapping.Globals GLOBALS = new AttributeMapping.Globals() {
        @Override
        public String attributeSlug(String name) {
            return "pa_" + Slugs.of(name);
        }

        @Override
        public String termSlug(String attributeName, String value) {
            return Slugs.of(value);
        }
    };

    static List<ImportRow> sample;

    @BeforeAll
    static void parseTheSample() throws IOException {
        try (InputStream csv = AttributeMappingTest.class.getResourceAsStream("/woocommerce/woocommerce-sample-products.csv")) {
            assertNotNull(csv);
            sample = new WooCommerceCsv().parse(csv).rows();
        }
    }

    @Test
    void globalAttributesHoldTermSlugsAndCustomOnesTheirValues() {
        Map<Integer, Set<String>> varied = AttributeMapping.variedAttributes(sample);
        ImportRow hoodie = row("woo-hoodie");

        assertEquals(List.of(
                new Mapped("pa_color", true, List.of("blue", "green", "red"), true, true),
                new Mapped("Logo", false, List.of("Yes", "No"), true, true)),
                AttributeMapping.productAttributes(hoodie, varied.get(hoodie.lineNumber()), GLOBALS));
    }

    @Test
    void attributesThatNoVariationNamesAreNotUsedForVariations() throws IOException {
        List<ImportRow> rows = parse("""
                ID,Type,SKU,Name,Parent,Attribute 1 name,Attribute 1 value(s),Attribute 1 global,Attribute 2 name,Attribute 2 value(s),Attribute 2 global
                10,variable,tee,Tee,,Color,"Red, Blue",1,Material,Cotton,0
                11,variation,tee-red,,id:10,Color,Red,1,,,
                """);

        List<Mapped> tee = AttributeMapping.productAttributes(rows.get(0),
                AttributeMapping.variedAttributes(rows).get(2), GLOBALS);

        assertEquals(true, tee.get(0).usedForVariations(), "Color: the variation names it");
        assertEquals(false, tee.get(1).usedForVariations(), "Material: no variation names it");
    }

    @Test
    void withoutVariationsInTheFileEveryAttributeOfAVariableProductIsUsedForVariations() {
        ImportRow tee = row("woo-vneck-tee");

        List<Mapped> attributes = AttributeMapping.productAttributes(tee, Set.of(), GLOBALS);

        assertEquals(List.of(true, true), attributes.stream().map(Mapped::usedForVariations).toList());
    }

    @Test
    void attributesOfOtherTypesAreNeverUsedForVariations() {
        assertEquals(List.of(new Mapped("pa_color", true, List.of("gray"), true, false)),
                AttributeMapping.productAttributes(row("woo-tshirt"), Set.of(), GLOBALS));
    }

    @Test
    void findsWhichAttributesTheVariationsOfEachParentName() {
        Map<Integer, Set<String>> varied = AttributeMapping.variedAttributes(sample);

        assertEquals(Set.of("color", "size"), varied.get(row("woo-vneck-tee").lineNumber()),
                "Size is named with an empty value: any size");
        assertEquals(Set.of("color", "logo"), varied.get(row("woo-hoodie").lineNumber()));
        assertEquals(2, varied.size(), "only variable products with variations in the file");
    }

    @Test
    void aVariationHoldsTermSlugsRawCustomValuesAndEmptyForAny() {
        assertEquals(Map.of("pa_color", "red", "pa_size", ""),
                AttributeMapping.variationValues(row("woo-vneck-tee-red").attributes(), GLOBALS));
        assertEquals(Map.of("pa_color", "red", "logo", "No"),
                AttributeMapping.variationValues(row("woo-hoodie-red").attributes(), GLOBALS));
    }

    @Test
    void defaultsAreKeyedLikeVariationValues() throws IOException {
        ImportRow tee = parse("""
                Type,SKU,Name,Attribute 1 name,Attribute 1 value(s),Attribute 1 global,Attribute 1 default,Attribute 2 name,Attribute 2 value(s),Attribute 2 global,Attribute 2 default,Attribute 3 name,Attribute 3 value(s),Attribute 3 global,Attribute 3 default
                variable,tee,Tee,Color,"Light Blue, Red",1,Light Blue,Fit,"Slim, Loose",0,Slim,Size,"S, M",1,
                """).get(0);

        assertEquals(Map.of("pa_color", "light-blue", "fit", "Slim"), AttributeMapping.defaultValues(tee.attributes(), GLOBALS));
    }

    @Test
    void namesAVariationAfterItsParentAndTheValuesItFixes() {
        assertEquals("Hoodie - Red, No", AttributeMapping.variationName("Hoodie", row("woo-hoodie-red").attributes()));
        assertEquals("V-Neck T-Shirt - Red",
                AttributeMapping.variationName("V-Neck T-Shirt", row("woo-vneck-tee-red").attributes()),
                "an attribute with any value is left out");
        assertEquals("Hoodie", AttributeMapping.variationName("Hoodie", List.of()));
    }

    @Test
    void keysCustomAttributesExactlyAsTheReadSideDoes() throws Exception {
        Method readSide = Class.forName("org.headlesscart.catalog.control.ProductViewBuilder")
                .getDeclaredMethod("customKey", String.class);
        readSide.setAccessible(true);
        for (String name : List.of("Logo", "Fabric Type", " Größe ", "Made-in_EU", "A/B test")) {
            assertEquals(readSide.invoke(null, name), AttributeMapping.customKey(name), name);
        }
    }

    private static ImportRow row(String sku) {
        return sample.stream().filter(r -> r.sku().equals(sku)).findFirst().orElseThrow();
    }

    private static List<ImportRow> parse(String csv) throws IOException {
        ImportResult result = new WooCommerceCsv().parse(new StringReader(csv));
        assertEquals(List.of(), result.problems());
        return result.rows();
    }
}
