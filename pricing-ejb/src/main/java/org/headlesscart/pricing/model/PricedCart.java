package org.headlesscart.pricing.model;

import java.util.List;
import java.util.Map;

/**
 * A cart's totals as WooCommerce's {@code WC_Cart_Totals} computes them (COCART-PLUS §3.2), with the breakdowns the
 * cart object shows (§2). Every amount is {@code long} minor units.
 *
 * @param lines     in the input's order
 * @param coupons   in the input's order
 * @param fees      in the input's order
 * @param packages  empty when the cart needs no shipping
 * @param taxes     one entry per rate code, merged as {@code get_tax_totals()} merges them, in rate order
 */
public record PricedCart(List<Line> lines, List<CouponTotal> coupons, List<FeeTotal> fees, List<Package> packages,
        List<TaxTotal> taxes, Totals totals, boolean needsShipping, boolean hasCalculatedShipping) {

    /**
     * @param subtotal    before discounts, excluding tax
     * @param subtotalTax tax on the undiscounted line
     * @param total       after discounts, excluding tax
     * @param totalTax    tax on the discounted line
     * @param taxes       rate id to tax on the discounted line
     */
    public record Line(String key, long subtotal, long subtotalTax, long total, long totalTax,
            Map<Long, Long> taxes) {
    }

    /**
     * @param discount    excluding tax
     * @param discountTax the tax the discount took off
     */
    public record CouponTotal(String code, String discountType, long discount, long discountTax, boolean freeShipping) {
    }

    public record FeeTotal(String id, String name, long total, long tax, Map<Long, Long> taxes) {
    }

    /**
     * @param index         0, 1, ... as WooCommerce numbers packages
     * @param name          "Shipping", then "Shipment 2" ...
     * @param rates         offered rates in method order
     * @param chosenRateId  the rate in effect; {@code null} when none is offered
     * @param itemsLabel    "Beanie × 2, Cap × 1" as the rates' {@code meta_data.items}
     */
    public record Package(int index, String name, List<Rate> rates, String chosenRateId, Location destination,
            String itemsLabel) {
    }

    /**
     * @param id     {@code flat_rate:1}
     * @param cost   net cost
     * @param taxes  rate id to tax on the cost; empty when untaxed
     */
    public record Rate(String id, String methodId, long instanceId, String label, long cost, Map<Long, Long> taxes) {

        public long taxTotal() {
            return taxes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One line of the itemized tax block: the rate code, its label and the whole cart's tax at that rate. */
    public record TaxTotal(String code, long rateId, String label, boolean compound, long amount) {
    }

    /** The ten totals of the cart object, in its order. */
    public record Totals(long subtotal, long subtotalTax, long feeTotal, long feeTax, long discountTotal,
            long discountTax, long shippingTotal, long shippingTax, long total, long totalTax) {
    }
}
