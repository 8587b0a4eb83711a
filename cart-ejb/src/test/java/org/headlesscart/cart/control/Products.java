package org.headlesscart.cart.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.model.Purchasable.StockState;
import org.headlesscart.catalog.model.Purchasable.Variant;
import org.headlesscart.catalog.model.Purchasable.VariationAttribute;

/** Catalog snapshots for the control tests: a builder over {@link Purchasable}'s many components. */
final class Products {

    static final StockState IN_STOCK = new StockState(false, null, "instock", "no");
    static final StockState OUT_OF_STOCK = new StockState(false, null, "outofstock", "no");

    /** The Hoodie's attributes, in the parent's order: Color (Red, Blue), then Size (Small, Large). */
    static final VariationAttribute COLOR = new VariationAttribute("pa_color", "Color", ordered("red", "Red", "blue", "Blue"));
    static final VariationAttribute SIZE = new VariationAttribute("pa_size", "Size", ordered("small", "Small", "large", "Large"));

    private long id;
    private long parentId;
    private String type = "simple";
    private boolean published = true;
    private String title;
    private Long priceMinor = 1000L;
    private boolean purchasable = true;
    private StockState stock = IN_STOCK;
    private boolean soldIndividually;
    private int maxPurchase = -1;
    private BigDecimal weight;
    private List<VariationAttribute> attributes = List.of();
    private Map<String, String> variationValues = Map.of();
    private List<Variant> variations = List.of();
    private List<Long> crossSells = List.of();

    private Products(long id, String title) {
        this.id = id;
        this.title = title;
    }

    static Products simple(long id, String title) {
        return new Products(id, title);
    }

    /** Hoodie (14): variation 15 is Red/Small, 16 is Blue with any size. */
    static Purchasable hoodie() {
        return simple(14, "Hoodie").type("variable").attributes(COLOR, SIZE)
                .variations(new Variant(15, ordered("pa_color", "red", "pa_size", "small")),
                        new Variant(16, ordered("pa_color", "blue", "pa_size", "")))
                .build();
    }

    /** A variation of the Hoodie with the given color and size slugs, {@code ""} for "any". */
    static Products hoodieVariation(long id, String color, String size) {
        return simple(id, "Hoodie").type("variation").parent(14).attributes(COLOR, SIZE)
                .values(ordered("pa_color", color, "pa_size", size));
    }

    Products type(String type) { this.type = type; return this; }
    Products parent(long parentId) { this.parentId = parentId; return this; }
    Products published(boolean published) { this.published = published; return this; }
    Products price(Long priceMinor) { this.priceMinor = priceMinor; return this; }
    Products purchasable(boolean purchasable) { this.purchasable = purchasable; return this; }
    Products stock(StockState stock) { this.stock = stock; return this; }
    Products weight(String weight) { this.weight = new BigDecimal(weight); return this; }
    Products attributes(VariationAttribute... attributes) { this.attributes = List.of(attributes); return this; }
    Products values(Map<String, String> values) { this.variationValues = values; return this; }
    Products variations(Variant... variations) { this.variations = List.of(variations); return this; }
    Products crossSells(Long... ids) { this.crossSells = List.of(ids); return this; }
    Products maxPurchase(int max) { this.maxPurchase = max; return this; }

    /** Managed stock without backorders: the catalog's maximum is the stock level. */
    Products managedStock(int quantity) {
        this.stock = new StockState(true, quantity, quantity > 0 ? "instock" : "outofstock", "no");
        this.maxPurchase = quantity;
        return this;
    }

    /** Sold individually: the catalog's maximum is 1, as WooCommerce's {@code get_max_purchase_quantity}. */
    Products soldIndividually() {
        this.soldIndividually = true;
        this.maxPurchase = 1;
        return this;
    }

    Purchasable build() {
        String slug = title.toLowerCase().replace(' ', '-');
        return new Purchasable(id, parentId, type, published, title, slug, "", priceMinor, priceMinor, null, false,
                purchasable, stock, soldIndividually, 1, maxPurchase, weight, null, null, null, false, null,
                attributes, variationValues, variations, List.of(), crossSells, null, Purchasable.PricingFacts.STANDARD);
    }

    /** An insertion-ordered map from alternating keys and values. */
    static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The snapshots by id, as a locked cart holds them. */
    static Map<Long, Purchasable> byId(Purchasable... products) {
        Map<Long, Purchasable> map = new LinkedHashMap<>();
        for (Purchasable p : products) {
            map.put(p.id(), p);
        }
        return map;
    }
}
