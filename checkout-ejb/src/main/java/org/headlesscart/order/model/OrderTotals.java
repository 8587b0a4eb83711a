package org.headlesscart.order.model;

/**
 * An order's totals in minor units, as the cart's totals were when it was placed (COCART-PLUS §2, §4.4):
 * {@code cartTax} is the tax on lines and fees after discounts, {@code totalTax} that plus shipping tax.
 */
public record OrderTotals(long subtotal, long subtotalTax, long discountTotal, long discountTax, long shippingTotal,
        long shippingTax, long feeTotal, long feeTax, long cartTax, long totalTax, long total, long refunded) {
}
