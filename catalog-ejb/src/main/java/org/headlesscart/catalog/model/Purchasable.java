package org.headlesscart.catalog.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the cart needs to know about one product or variation to add it, check it and show it as a cart line
 * (contract §3.3, §3.7, §13). A snapshot: the cart keeps only ids and renders lines from the current snapshot.
 *
 * @param id             the product's or variation's id
 * @param parentId       a variation's parent, else 0
 * @param type           {@code simple}, {@code variable}, {@code variation}, {@code grouped} or {@code external}
 * @param published      the product is published and, for a variation, so is its parent
 * @param title          the product's name; for a variation its parent's ("Hoodie")
 * @param slug           the product's slug; for a variation its parent's
 * @param sku            {@code ""} when none; a variation without its own SKU shows its parent's, as WooCommerce does
 * @param priceMinor     the price a customer pays now (sale while it runs), {@code null} when the product has none
 * @param purchasable    WooCommerce's {@code is_purchasable()}: published (a variation's parent too) and priced
 * @param stock          stock as WooCommerce keeps it; a variation without its own managed stock inherits its
 *                       parent's managed stock, as WooCommerce does
 * @param maxPurchase    -1 when unlimited; the stock level when managed without backorders; 1 when sold individually
 * @param weight         unit weight in the store's unit, {@code null} when not given (variations fall back to the
 *                       parent's weight and dimensions, as WooCommerce does)
 * @param imageSrc       the first image's URL; a variation without one uses its parent's; {@code null} when none
 * @param attributes     for a variable product and for a variation: the parent's attributes used for variations,
 *                       in the parent's order; otherwise empty
 * @param variationValues for a variation: its value slug per attribute key, {@code ""} where it allows "any"
 * @param variations     for a variable product: its published variations; otherwise empty
 * @param children       for a grouped product: its children's ids in order; otherwise empty
 * @param crossSells     cross-sell product ids, in the shop's order
 * @param averageRating  average review rating with two decimals, {@code null} when not reviewed
 * @param facts          what taxes, coupons and shipping rates need to know of it
 */
public record Purchasable(long id, long parentId, String type, boolean published, String title, String slug,
        String sku, Long priceMinor, Long regularMinor, Long saleMinor, boolean onSale, boolean purchasable,
        StockState stock, boolean soldIndividually, int minPurchase, int maxPurchase, BigDecimal weight,
        BigDecimal length, BigDecimal width, BigDecimal height, boolean virtual, String imageSrc,
        List<VariationAttribute> attributes, Map<String, String> variationValues, List<Variant> variations,
        List<Long> children, List<Long> crossSells, BigDecimal averageRating, PricingFacts facts) {

    public boolean isVariation() {
        return "variation".equals(type);
    }

    public boolean isVariable() {
        return "variable".equals(type);
    }

    /**
     * @param managed    whether a quantity is counted
     * @param quantity   the counted quantity when managed, else {@code null}
     * @param status     {@code instock}, {@code outofstock} or {@code onbackorder}
     * @param backorders {@code no}, {@code notify} or {@code yes}
     */
    public record StockState(boolean managed, Integer quantity, String status, String backorders) {

        public boolean inStock() {
            return !"outofstock".equals(status);
        }

        public boolean backordersAllowed() {
            return !"no".equals(backorders);
        }
    }

    /**
     * An attribute a variable product's variations differ in.
     *
     * @param key     without the {@code attribute_} prefix: {@code pa_color}, or a custom attribute's sanitized
     *                name ({@code material}); the same key as {@link ProductView.Attribute#key()}
     * @param label   the attribute's label ("Color")
     * @param options value slug to value label ("red" to "Red"), in the product's order; for a custom attribute
     *                the values as written, each its own label
     */
    public record VariationAttribute(String key, String label, Map<String, String> options) {
    }

    /**
     * One published variation of a variable product.
     *
     * @param values value slug per attribute key, {@code ""} where the variation allows "any"
     */
    public record Variant(long id, Map<String, String> values) {
    }

    /**
     * What pricing reads of a product (COCART-PLUS §3): a variation takes its parent's tax status and categories,
     * and its parent's tax class when its own is {@code parent}, as WooCommerce does.
     *
     * @param taxStatus       {@code taxable}, {@code shipping} or {@code none}
     * @param taxClass        class slug, {@code ""} for standard
     * @param categoryIds     the product's categories
     * @param shippingClassId 0 when none
     */
    public record PricingFacts(String taxStatus, String taxClass, Set<Long> categoryIds, long shippingClassId) {

        public static final PricingFacts STANDARD = new PricingFacts("taxable", "", Set.of(), 0);

        public PricingFacts {
            categoryIds = Set.copyOf(categoryIds);
        }
    }
}
