package org.headlesscart.cart.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingSettings;

/**
 * A cart as CoCart shows it (contract §3), computed: lines re-validated against the current catalog, totals in
 * minor units, and the notices this request produced. Rendering choices (money strings, {@code []} for empty maps,
 * image URLs) are the WAR's.
 *
 * @param cartKey       the cart's key; a new, unsaved key when the request named none
 * @param expiring      when the cart starts to count as expiring (contract §6.4)
 * @param expiration    when the cart expires; both are "now + window" as CoCart's headers show them
 * @param customer      billing then shipping fields by canonical name ({@code billing_first_name} ...), in
 *                      WooCommerce's order; countries default to the store's base location
 * @param items         lines in the order they were added
 * @param removedItems  removed lines that can be restored
 * @param itemCount     sum of the lines' quantities
 * @param itemsWeight   sum of the lines' weights, zero when none has a weight
 * @param notices       notice type ({@code success}, {@code error}, {@code notice}, {@code info}) to messages, in
 *                      the order produced; empty when none
 * @param cartHash      a hash of the lines and total, {@code null} for an empty cart
 * @param version       the stored cart's version, 0 when not stored
 * @param stored        whether the cart exists in the database
 * @param stamp         what this view was computed from, {@code null} when it cannot be kept: no cart is stored,
 *                      or its products were read at two catalog revisions
 * @param validUntil    when this view may change without a write (a sale window of one of its products opens or
 *                      closes, an applied coupon expires); {@code null} together with {@code stamp}
 * @param pricing       the cart priced: coupons, fees, shipping packages, taxes and the settings they are shown by
 */
public record CartView(String cartKey, Instant expiring, Instant expiration, Customer customer, List<Line> items,
        List<Line> removedItems, BigDecimal itemCount, BigDecimal itemsWeight, boolean needsPayment,
        boolean needsShipping, Totals totals, List<CrossSell> crossSells, Map<String, List<String>> notices,
        String cartHash, long version, boolean stored, CartStamp stamp, Instant validUntil, Pricing pricing) {

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** This view, kept while the stamp is current and until {@code until}. */
    public CartView stamped(CartStamp stamp, Instant until) {
        return new CartView(cartKey, expiring, expiration, customer, items, removedItems, itemCount, itemsWeight,
                needsPayment, needsShipping, totals, crossSells, notices, cartHash, version, stored, stamp, until,
                pricing);
    }

    /**
     * The cart's pricing as the cart object shows it (COCART-PLUS §2).
     *
     * @param priced   the totals computation's result; the view's lines and totals are taken from it
     * @param settings the store settings it was priced under (display incl./excl. tax, itemized taxes ...)
     * @param coupons  the applied coupons that are still valid, in the order applied
     */
    public record Pricing(PricedCart priced, PricingSettings settings, List<Coupon> coupons) {

        public Pricing {
            coupons = List.copyOf(coupons);
        }
    }

    /**
     * @param billing  {@code billing_*} fields in WooCommerce's order
     * @param shipping {@code shipping_*} fields in WooCommerce's order
     */
    public record Customer(Map<String, String> billing, Map<String, String> shipping) {
    }

    /**
     * One line (contract §3.3). Amounts are minor units of the store currency.
     *
     * @param id           the variation's id for a variation, else the product's
     * @param name         "Hoodie - Red, Small" for a variation
     * @param title        the product's name; the parent's for a variation
     * @param maxPurchase  -1 when unlimited
     * @param dimensions   length, width, height as the shop wrote them, {@code ""} when unset
     * @param weight       unit weight × quantity, {@code null} when the product has no weight
     * @param variation    attribute label to value label ("Color" to "Red"), empty for a simple product
     * @param itemData     the customer's item data, empty when none
     * @param imageSrc     the product's (or parent's) first image, {@code null} when none
     */
    public record Line(String itemKey, long id, String name, String title, long priceMinor, BigDecimal quantity,
            int minPurchase, int maxPurchase, long subtotalMinor, long subtotalTaxMinor, long totalMinor,
            long taxMinor, String slug, String productType, String sku, List<String> dimensions,
            BigDecimal weight, Map<String, String> variation, String backorders, Map<String, Object> itemData,
            String imageSrc) {
    }

    /** The ten totals of the cart object, minor units. */
    public record Totals(long subtotal, long subtotalTax, long feeTotal, long feeTax, long discountTotal,
            long discountTax, long shippingTotal, long shippingTax, long total, long totalTax) {
    }

    /** A cross-sell of the cart's products (contract §3.7); prices in minor units, sale 0 when none. */
    public record CrossSell(long id, String name, String title, String slug, long price, long regularPrice,
            long salePrice, String imageSrc, BigDecimal averageRating, boolean onSale, String type) {
    }
}
