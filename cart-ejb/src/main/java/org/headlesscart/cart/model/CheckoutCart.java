package org.headlesscart.cart.model;

import java.util.List;
import java.util.Map;

/**
 * A cart as checkout places it (COCART-PLUS §4.4, §4.5): locked by checkout's transaction, re-validated, priced and
 * stored, with what an order keeps of each line. Coupons, fees, chosen rates, tax lines and totals are
 * {@code view.pricing().priced()}'s; the addresses {@code view.customer()}'s. Money in minor units.
 *
 * @param view     the cart as a write answers it, its notices included
 * @param lines    the shown lines as bought, in the cart's order
 * @param problems why lines cannot be bought as they are (gone, no longer purchasable, short of stock); empty when
 *                 every line can
 * @param removedCoupons applied coupons that no longer validate, removed from the cart (with a notice each)
 * @param refusedRate    the shipping method asked for when no package offers it (then no rate was chosen), else
 *                       null
 * @param hash     a digest of lines, coupons, fees, chosen rates and totals: a retried checkout of the same cart
 *                 lands on the order placed for this hash
 */
public record CheckoutCart(CartView view, List<Line> lines, List<Problem> problems, List<String> removedCoupons,
        String refusedRate, String hash) {

    public CheckoutCart {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        removedCoupons = List.copyOf(removedCoupons);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * A line as bought.
     *
     * @param productId   the product; the parent for a variation
     * @param variationId the variation, 0 for a simple product
     * @param taxes       rate id to tax on the discounted line
     * @param meta        variation attributes (label to value) then the customer's item data, as text
     * @param managesStock whether the product's stock counter moves when it is bought
     */
    public record Line(String itemKey, long productId, long variationId, String name, String sku, int quantity,
            String taxClass, long unitPrice, long subtotal, long subtotalTax, long total, long totalTax,
            Map<Long, Long> taxes, Map<String, String> meta, String imageSrc, boolean managesStock) {

        /** The product or variation bought: what stock is taken for. */
        public long purchasableId() {
            return variationId != 0 ? variationId : productId;
        }
    }

    /**
     * A line that cannot be bought now (COCART-PLUS §1.3 error catalogue).
     *
     * @param remaining units left, for {@link Kind#INSUFFICIENT_STOCK}
     */
    public record Problem(Kind kind, String name, int remaining) {

        public enum Kind { NOT_EXISTS, NOT_PURCHASABLE, OUT_OF_STOCK, INSUFFICIENT_STOCK }
    }
}
