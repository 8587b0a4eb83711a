package org.headlesscart.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The changes the importer makes, without a database: what they do to the product and when it counts as modified. */
class ProductTest {

    static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");
    static final String SRC = "https://example.com/uploads/2017/12/vneck-tee-2.jpg";

    final Product tee = new Product(ProductType.SIMPLE, "Tee", "tee", CREATED);

    @Test
    void namesImagesAfterTheirFilesInTheGivenOrder() {
        tee.showImages(List.of(SRC, "https://example.com/a/hoodie%20blue.png?ver=2"));

        assertEquals(List.of("vneck-tee-2", "hoodie blue"), tee.getImages().stream().map(ProductImage::getName).toList());
        assertEquals(List.of(0, 1), tee.getImages().stream().map(ProductImage::getPosition).toList());
        assertEquals(CREATED, tee.getModifiedAt(), "a product being built is not modified");
    }

    @Test
    void theSameImagesAgainChangeNothing() {
        tee.showImages(List.of(SRC));
        ProductImage image = tee.getImages().get(0);

        tee.showImages(List.of(SRC));

        assertSame(image, tee.getImages().get(0), "kept, not replaced");
    }

    @Test
    void otherImagesReplaceAllItHad() {
        tee.showImages(List.of(SRC));

        tee.showImages(List.of("https://example.com/b.jpg"));

        assertEquals(List.of("https://example.com/b.jpg"), tee.getImages().stream().map(ProductImage::getSrc).toList());
    }

    @Test
    void redefinedAttributesKeepTheirRowsByNameIgnoringCase() {
        tee.defineAttributes(List.of(custom("Material", "Cotton"), custom("Fit", "Slim")));
        ProductAttribute material = tee.getAttributes().get(0);

        tee.defineAttributes(List.of(custom("material", "Wool")));

        assertEquals(1, tee.getAttributes().size(), "Fit is gone");
        assertSame(material, tee.getAttributes().get(0), "updated in place: the unique key survives the flush");
        assertEquals("material", material.getName());
        assertEquals(List.of("Wool"), material.getValues());
    }

    @Test
    void anUnchangedAttributeDoesNotModifyTheProduct() {
        tee.defineAttributes(List.of(custom("Material", "Cotton")));
        Instant modified = tee.getModifiedAt();

        tee.defineAttributes(List.of(custom("Material", "Cotton")));

        assertSame(modified, tee.getModifiedAt());
    }

    @Test
    void linksOfOneKindReplaceOnlyThatKindWithoutDuplicates() {
        tee.link(ProductLink.UPSELL, List.of(7L, 8L, 7L));
        tee.link(ProductLink.CROSS_SELL, List.of(9L));

        tee.link(ProductLink.UPSELL, List.of(8L));

        assertEquals(List.of(8L), tee.linked(ProductLink.UPSELL));
        assertEquals(List.of(9L), tee.linked(ProductLink.CROSS_SELL));
    }

    @Test
    void onlyAVariationHasAParentAndItIsVariable() {
        Product hoodie = new Product(ProductType.VARIABLE, "Hoodie", "hoodie", CREATED);
        Product red = new Product(ProductType.SIMPLE, "Hoodie - Red", "hoodie-red", CREATED);

        red.changeType(ProductType.VARIATION, hoodie);

        assertEquals(ProductType.VARIATION, red.getType());
        assertSame(hoodie, red.getParent());
        assertThrows(IllegalArgumentException.class, () -> red.changeType(ProductType.VARIATION, null));
        assertThrows(IllegalArgumentException.class, () -> red.changeType(ProductType.SIMPLE, hoodie));
        assertThrows(IllegalArgumentException.class, () -> red.changeType(ProductType.VARIATION, tee), "tee is simple");
    }

    @Test
    void aVariationFixesItsValuesAndAnEmptySkuIsNone() {
        tee.fixAttributeValues(Map.of("pa_color", "red", "logo", ""));
        tee.assignSku(" ");

        assertEquals(Map.of("pa_color", "red", "logo", ""), tee.getVariationAttributes());
        assertEquals(null, tee.getSku());
    }

    @Test
    void anExternalLinkIsEmptyWhenNotGiven() {
        tee.sellElsewhere("https://example.com/buy", "Buy there");
        tee.sellElsewhere("", "");

        assertEquals("", tee.getExternalUrl());
        assertEquals("", tee.getButtonText());
    }

    @Test
    void savingStampsTheModificationTime() {
        tee.stampModification();

        assertNotSame(CREATED, tee.getModifiedAt());
        assertEquals(true, tee.getModifiedAt().isAfter(CREATED));
    }

    private static ProductAttribute.Definition custom(String name, String... values) {
        return new ProductAttribute.Definition(null, name, List.of(values), true, false);
    }
}
