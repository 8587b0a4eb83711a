package org.headlesscart.pricing.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cart as pricing sees it: its lines with what taxes, coupons and shipping need of each product, the coupons it
 * holds (in the order applied, already re-validated), its fees and chosen rates, and who and where the customer is.
 *
 * @param shippingAddress the customer's shipping address; {@link Location#NOWHERE} parts when not given
 * @param billingAddress  the customer's billing address
 * @param addressGiven    the customer entered a destination (WooCommerce's "calculated shipping")
 * @param chosenRates     package index to chosen rate id; a missing or no longer offered choice falls back to the
 *                        default rate
 * @param userId          0 for a guest
 * @param email           the billing e-mail, {@code ""} when unknown
 */
public record CartInput(List<Line> lines, List<Coupon> coupons, List<Fee> fees, Location shippingAddress,
        Location billingAddress, boolean addressGiven, Map<Integer, String> chosenRates, long userId, String email) {

    public CartInput {
        lines = List.copyOf(lines);
        coupons = List.copyOf(coupons);
        fees = List.copyOf(fees);
        chosenRates = Map.copyOf(chosenRates);
    }

    /**
     * One cart line.
     *
     * @param key             the cart's item key
     * @param productId       the product, or for a variation the variation's id
     * @param parentId        a variation's parent, else 0
     * @param unitPriceMinor  the price as entered in the catalog (gross when prices include tax)
     * @param quantity        as stored; discounts count {@code ceil(quantity)} units
     * @param amountMinor     unit price × quantity, rounded half-up: the line's undiscounted price
     * @param taxStatus       {@code taxable}, {@code shipping} or {@code none}
     * @param taxClass        class slug, {@code ""} standard
     * @param onSale          the product is on sale now
     * @param categoryIds     the product's categories (a variation's parent's)
     * @param needsShipping   not virtual
     * @param shippingClassId 0 when none
     */
    public record Line(String key, long productId, long parentId, String name, long unitPriceMinor,
            BigDecimal quantity, long amountMinor, String taxStatus, String taxClass, boolean onSale,
            Set<Long> categoryIds, boolean needsShipping, long shippingClassId) {

        public Line {
            categoryIds = Set.copyOf(categoryIds);
        }
    }

    /**
     * A fee the customer or storefront added (COCART-PLUS §3.4); net amount, negative for a discount.
     *
     * @param id the fee's key: WordPress's {@code sanitize_title} of its name
     */
    public record Fee(String id, String name, long amountMinor, boolean taxable, String taxClass) {
    }
}
