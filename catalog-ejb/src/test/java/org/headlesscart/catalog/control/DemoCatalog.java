package org.headlesscart.catalog.control;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.headlesscart.catalog.entity.GlobalAttribute;
import org.headlesscart.catalog.entity.Pricing;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductAttribute;
import org.headlesscart.catalog.entity.ProductLink;
import org.headlesscart.catalog.entity.ProductType;
import org.headlesscart.catalog.entity.Shipping;
import org.headlesscart.catalog.entity.Stock;

/** The demo store's products (db/catalog/demo/V1), built in memory as the database would load them. */
final class DemoCatalog {

    static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

    final GlobalAttribute color = withId(new GlobalAttribute("Color", "pa_color"), 1);
    final GlobalAttribute size = withId(new GlobalAttribute("Size", "pa_size"), 2);
    final Product tshirt = simple(10, "TSHIRT-BASIC", "basic-t-shirt", "Basic T-Shirt", 2000L,
            Stock.counted(50, "no", null));
    final Product cap = simple(11, "CAP-01", "baseball-cap", "Baseball Cap", 1800L, Stock.counted(30, "no", null));
    final Product hoodie = product(14, ProductType.VARIABLE, "HOODIE", "hoodie", "Hoodie");
    final Product redSmall = variation(15, "HOODIE-RED-S", "Red, Small", 4000, "red", "small");
    final Product redLarge = variation(16, "HOODIE-RED-L", "Red, Large", 4200, "red", "large");
    final Product blueSmall = variation(17, "HOODIE-BLUE-S", "Blue, Small", 4400, "blue", "small");
    final Product blueLarge = variation(18, "HOODIE-BLUE-L", "Blue, Large", 4600, "blue", "large");
    final Product bundle = product(19, ProductType.GROUPED, "BUNDLE-01", "starter-bundle", "Starter Bundle");

    DemoCatalog() {
        // Term order falls back to the name, as in the captures: Blue, Red and Large, Small.
        color.term("Blue", "blue");
        color.term("Red", "red");
        size.term("Large", "large");
        size.term("Small", "small");
        tshirt.measure(new Shipping(new BigDecimal("0.2000"), new BigDecimal("30.0000"), new BigDecimal("30.0000"),
                new BigDecimal("1.0000")));
        cap.reprice(new Pricing(1800L, 1500L, null, null));
        hoodie.defineAttributes(List.of(
                new ProductAttribute.Definition(color, "pa_color", List.of("blue", "red"), true, true),
                new ProductAttribute.Definition(size, "pa_size", List.of("large", "small"), true, true)));
        bundle.link(ProductLink.GROUPED, List.of(10L, 11L));
    }

    List<Product> hoodieVariations() {
        return List.of(redSmall, redLarge, blueSmall, blueLarge);
    }

    static Product simple(long id, String sku, String slug, String name, Long priceMinor, Stock stock) {
        Product p = product(id, ProductType.SIMPLE, sku, slug, name);
        p.reprice(new Pricing(priceMinor, null, null, null));
        p.restock(stock);
        return p;
    }

    static Product product(long id, ProductType type, String sku, String slug, String name) {
        Product p = withId(new Product(type, name, slug, CREATED), id);
        p.assignSku(sku);
        return p;
    }

    private Product variation(long id, String sku, String values, long priceMinor, String color, String size) {
        String slug = "hoodie-" + values.toLowerCase(Locale.ROOT).replace(", ", "-");
        Product v = product(id, ProductType.VARIATION, sku, slug, "Hoodie - " + values);
        v.changeType(ProductType.VARIATION, hoodie);
        v.reprice(new Pricing(priceMinor, null, null, null));
        v.restock(Stock.counted(10, "no", null));
        v.fixAttributeValues(Map.of("pa_color", color, "pa_size", size));
        return v;
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
