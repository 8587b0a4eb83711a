package org.headlesscart.order.model;

import java.util.Map;

/**
 * The lines of an order besides its products, as WooCommerce keeps them (COCART-PLUS §4.4). Ids are unique within
 * the order (WooCommerce's item ids are unique in the store; ours are the order's line ids for products and
 * 1, 2, … per kind otherwise, which no client can tell apart). Money in minor units; {@code taxes} per tax rate id.
 */
public final class OrderLines {

    private OrderLines() {
    }

    /** One bought product. {@code productId} is the parent of a variation; {@code taxes} rate id → amounts. */
    public record Product(long id, long productId, long variationId, String name, String sku, int quantity,
            String taxClass, long price, long subtotal, long subtotalTax, long total, long totalTax,
            Map<Long, LineTax> taxes, Map<String, String> meta, String imageSrc, int refundedQuantity,
            long refundedTotal) {
    }

    /** A rate's tax on a product line, before ({@code subtotal}) and after ({@code total}) discounts. */
    public record LineTax(long total, long subtotal) {
    }

    /** A shipping package's chosen rate. {@code items} reads as WooCommerce's meta: "T-Shirt &times; 2, Cap &times; 1". */
    public record Shipping(int id, String rateId, String methodId, int instanceId, String title, long total,
            long totalTax, Map<Long, Long> taxes, String items) {
    }

    /** A fee. {@code taxStatus} is {@code taxable} or {@code none}. */
    public record Fee(int id, String name, String taxClass, String taxStatus, long total, long totalTax,
            Map<Long, Long> taxes) {
    }

    /** A coupon as applied: its discount and the tax that discount took off. */
    public record Coupon(int id, String code, String discountType, long discount, long discountTax) {
    }

    /** One tax rate's share of the order: on lines and fees ({@code taxTotal}) and on shipping. */
    public record Tax(int id, long rateId, String rateCode, String label, boolean compound, long taxTotal,
            long shippingTaxTotal, String ratePercent) {
    }
}
