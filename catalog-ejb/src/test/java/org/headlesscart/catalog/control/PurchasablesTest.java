package org.headlesscart.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.entity.Pricing;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductAttribute;
import org.headlesscart.catalog.entity.ProductLink;
import org.headlesscart.catalog.entity.ProductType;
import org.headlesscart.catalog.entity.Shipping;
import org.headlesscart.catalog.entity.Stock;
import org.junit.jupiter.api.Test;

/** The snapshots of the demo store's products, and WooCommerce's rules for what a variation inherits. */
class PurchasablesTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    final DemoCatalog demo = new DemoCatalog();

    Purchasables purchasables(Map<Long, Object[]> reviewStats) {
        return new Purchasables(NOW, Map.of(14L, demo.hoodieVariations()), reviewStats);
    }

    Purchasable of(Product p) {
        return purchasables(Map.of()).of(p);
    }

    @Test
    void basicTShirtIsASimpleProductWithManagedStock() {
        Purchasable tee = of(demo.tshirt);

        assertEquals(new Purchasable(10, 0, "simple", true, "Basic T-Shirt", "basic-t-shirt", "TSHIRT-BASIC", 2000L,
                2000L, null, false, true, new Purchasable.StockState(true, 50, "instock", "no"), false, 1, 50,
                new BigDecimal("0.2000"), new BigDecimal("30.0000"), new BigDecimal("30.0000"),
                new BigDecimal("1.0000"), false, null, List.of(), Map.of(), List.of(), List.of(), List.of(), null,
                Purchasable.PricingFacts.STANDARD), tee);
    }

    @Test
    void hoodieListsItsVariationAttributesWithLabelsAndItsVariations() {
        Purchasable hoodie = of(demo.hoodie);

        assertEquals("variable", hoodie.type());
        assertEquals(4000L, hoodie.priceMinor(), "the cheapest variation");
        assertTrue(hoodie.purchasable());
        assertEquals(List.of(
                new Purchasable.VariationAttribute("pa_color", "Color", Map.of("blue", "Blue", "red", "Red")),
                new Purchasable.VariationAttribute("pa_size", "Size", Map.of("large", "Large", "small", "Small"))),
                hoodie.attributes());
        assertEquals(List.of("blue", "red"), List.copyOf(hoodie.attributes().get(0).options().keySet()),
                "the product's order");
        assertEquals(List.of(15L, 16L, 17L, 18L), hoodie.variations().stream().map(Purchasable.Variant::id).toList());
        assertEquals(Map.of("pa_color", "red", "pa_size", "small"), hoodie.variations().get(0).values());
        assertEquals(Map.of(), hoodie.variationValues());
    }

    @Test
    void redSmallHoodieTakesTitleAndSlugFromItsParent() {
        Purchasable redSmall = of(demo.redSmall);

        assertEquals(new Purchasable(15, 14, "variation", true, "Hoodie", "hoodie", "HOODIE-RED-S", 4000L, 4000L, null,
                false, true, new Purchasable.StockState(true, 10, "instock", "no"), false, 1, 10, null, null, null,
                null, false, null, of(demo.hoodie).attributes(), Map.of("pa_color", "red", "pa_size", "small"),
                List.of(), List.of(), List.of(), null, Purchasable.PricingFacts.STANDARD), redSmall);
        assertEquals(List.of("pa_color", "pa_size"), List.copyOf(redSmall.variationValues().keySet()),
                "in the parent's attribute order, the keys of the attributes");
    }

    @Test
    void starterBundleIsGroupedAndNotPurchasableItself() {
        Purchasable bundle = of(demo.bundle);

        assertEquals("grouped", bundle.type());
        assertEquals(List.of(10L, 11L), bundle.children());
        assertFalse(bundle.purchasable(), "its children are added, not the group");
        assertNull(bundle.priceMinor());
    }

    @Test
    void aSaleThatRunsIsThePrice() {
        Purchasable cap = of(demo.cap);

        assertEquals(1500L, cap.priceMinor());
        assertEquals(1800L, cap.regularMinor());
        assertEquals(1500L, cap.saleMinor());
        assertTrue(cap.onSale());
    }

    @Test
    void aDraftIsFoundButNeitherPublishedNorPurchasable() {
        demo.tshirt.present("draft", "visible", false, 0);

        Purchasable tee = of(demo.tshirt);

        assertFalse(tee.published());
        assertFalse(tee.purchasable());
    }

    @Test
    void withoutAPriceNothingIsPurchasable() {
        demo.tshirt.reprice(new Pricing(null, null, null, null));

        assertFalse(of(demo.tshirt).purchasable());
    }

    @Test
    void aVariationOfADraftIsNeitherPublishedNorPurchasable() {
        demo.hoodie.present("draft", "visible", false, 0);

        Purchasable redSmall = of(demo.redSmall);

        assertFalse(redSmall.published());
        assertFalse(redSmall.purchasable());
    }

    @Test
    void aVariationWithoutItsOwnSkuWeightOrImageShowsItsParents() {
        demo.redSmall.assignSku(null);
        demo.redSmall.measure(new Shipping(null, new BigDecimal("5"), null, null));
        demo.hoodie.measure(new Shipping(new BigDecimal("0.5"), new BigDecimal("40"), new BigDecimal("30"),
                new BigDecimal("2")));
        demo.hoodie.showImages(List.of("https://example.com/hoodie.jpg", "https://example.com/hoodie-back.jpg"));

        Purchasable redSmall = of(demo.redSmall);

        assertEquals("HOODIE", redSmall.sku());
        assertEquals(new BigDecimal("0.5"), redSmall.weight());
        assertEquals(new BigDecimal("5"), redSmall.length(), "its own, where it has one");
        assertEquals(new BigDecimal("30"), redSmall.width());
        assertEquals("https://example.com/hoodie.jpg", redSmall.imageSrc());
    }

    @Test
    void aVariationWithItsOwnImageShowsIt() {
        demo.hoodie.showImages(List.of("https://example.com/hoodie.jpg"));
        demo.redSmall.showImages(List.of("https://example.com/red.jpg"));

        assertEquals("https://example.com/red.jpg", of(demo.redSmall).imageSrc());
    }

    @Test
    void aVariationThatCountsNoStockSellsTheStockItsParentManages() {
        demo.redSmall.restock(Stock.uncounted("instock", "no", null));
        demo.hoodie.restock(Stock.counted(3, "no", null));

        Purchasable redSmall = of(demo.redSmall);

        assertEquals(new Purchasable.StockState(true, 3, "instock", "no"), redSmall.stock());
        assertEquals(3, redSmall.maxPurchase());
    }

    @Test
    void aVariationOfASoldIndividuallyProductIsSoldIndividually() {
        demo.hoodie.sellAs(true, false, false);

        Purchasable redSmall = of(demo.redSmall);

        assertTrue(redSmall.soldIndividually());
        assertEquals(1, redSmall.maxPurchase());
    }

    @Test
    void backordersLiftTheLimitAndUncountedStockHasNone() {
        demo.tshirt.restock(Stock.counted(50, "notify", null));
        assertEquals(-1, of(demo.tshirt).maxPurchase());

        demo.tshirt.restock(Stock.uncounted("instock", "no", null));
        assertEquals(-1, of(demo.tshirt).maxPurchase());
        assertEquals(new Purchasable.StockState(false, null, "instock", "no"), of(demo.tshirt).stock());
    }

    @Test
    void configuredLimitsApplyWhereStockSetsNone() {
        demo.tshirt.restock(Stock.uncounted("instock", "no", null));
        demo.tshirt.limitPurchase(2, 6);

        Purchasable tee = of(demo.tshirt);

        assertEquals(2, tee.minPurchase());
        assertEquals(6, tee.maxPurchase());
    }

    @Test
    void aVariationAllowsAnyValueOfAnAttributeItDoesNotFixAndForgetsAttributesNoLongerVaried() {
        demo.redSmall.fixAttributeValues(Map.of("pa_color", "red", "pa_size", "", "material", "cotton"));

        assertEquals(Map.of("pa_color", "red", "pa_size", ""), of(demo.redSmall).variationValues());
    }

    @Test
    void customAttributesAreKeyedAsTheProductsApiKeysThem() {
        demo.hoodie.defineAttributes(List.of(
                new ProductAttribute.Definition(demo.color, "pa_color", List.of("blue", "red"), true, true),
                new ProductAttribute.Definition(null, "Fabric Type", List.of("Cotton", "Wool"), true, true),
                new ProductAttribute.Definition(null, "Care", List.of("Hand wash"), true, false)));
        demo.redSmall.fixAttributeValues(Map.of("pa_color", "red", "fabric-type", "Wool"));

        Purchasable redSmall = of(demo.redSmall);

        assertEquals(new Purchasable.VariationAttribute("fabric-type", "Fabric Type",
                Map.of("Cotton", "Cotton", "Wool", "Wool")), redSmall.attributes().get(1));
        assertEquals(2, redSmall.attributes().size(), "only attributes used for variations");
        assertEquals(Map.of("pa_color", "red", "fabric-type", "Wool"), redSmall.variationValues());
    }

    @Test
    void crossSellsAreTheProductsAndAVariationsAreItsParents() {
        demo.hoodie.link(ProductLink.CROSS_SELL, List.of(11L, 10L));
        demo.tshirt.link(ProductLink.CROSS_SELL, List.of(11L));

        assertEquals(List.of(11L, 10L), of(demo.redSmall).crossSells());
        assertEquals(List.of(11L), of(demo.tshirt).crossSells());
    }

    @Test
    void theAverageRatingHasTwoDecimalsAndIsNullWithoutReviews() {
        Purchasables withReviews = purchasables(Map.of(10L, new Object[] {10L, 3L, 4.3333}));

        assertEquals(new BigDecimal("4.33"), withReviews.of(demo.tshirt).averageRating());
        assertNull(withReviews.of(demo.cap).averageRating());
    }

    @Test
    void aSnapshotExpiresAtTheNextSaleWindowEdge() {
        Instant starts = NOW.plus(Duration.ofDays(2));
        Instant ends = NOW.plus(Duration.ofDays(5));
        demo.tshirt.reprice(new Pricing(2000L, 1500L, starts, ends));
        demo.blueLarge.reprice(new Pricing(4600L, 4000L, NOW.minus(Duration.ofDays(1)), ends));

        assertEquals(starts, purchasables(Map.of()).expires(demo.tshirt));
        assertEquals(2000L, of(demo.tshirt).priceMinor(), "not yet on sale");
        assertEquals(ends, purchasables(Map.of()).expires(demo.hoodie), "its variations' sales count");
        assertEquals(Instant.MAX, purchasables(Map.of()).expires(demo.cap));
    }

    @Test
    void snapshotsCannotBeChanged() {
        Purchasable hoodie = of(demo.hoodie);

        assertThrows(UnsupportedOperationException.class,
                () -> hoodie.attributes().get(0).options().put("green", "Green"));
        assertThrows(UnsupportedOperationException.class, () -> hoodie.variations().get(0).values().clear());
        assertThrows(UnsupportedOperationException.class, () -> of(demo.bundle).children().add(12L));
    }

    @Test
    void anUnpricedVariableProductIsNotPurchasable() {
        Purchasables none = new Purchasables(NOW, Map.of(), Map.of());
        Product empty = DemoCatalog.product(30, ProductType.VARIABLE, null, "empty", "Empty");

        Purchasable p = none.of(empty);

        assertFalse(p.purchasable());
        assertEquals("", p.sku());
        assertEquals(List.of(), p.variations());
    }

    @Test
    void aVariationShipsInItsOwnClassElseItsParents() {
        // WooCommerce's "same as parent": a variation without a class of its own takes the parent's.
        demo.hoodie.shipIn(7L);
        demo.redSmall.shipIn(9L);

        assertEquals(7L, of(demo.hoodie).facts().shippingClassId());
        assertEquals(9L, of(demo.redSmall).facts().shippingClassId(), "its own class wins");
        assertEquals(7L, of(demo.hoodieVariations().stream().filter(v -> v.getId() == 16L).findFirst().orElseThrow())
                .facts().shippingClassId(), "no class of its own: the parent's");
        assertEquals(0L, of(demo.tshirt).facts().shippingClassId(), "no class at all");
    }
}
