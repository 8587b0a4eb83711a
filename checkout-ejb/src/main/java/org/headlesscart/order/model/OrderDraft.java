package org.headlesscart.order.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An order as staff create or change it ({@code wc/v3/orders}): every field null when not sent. Addresses are the
 * fields sent (WooCommerce's names: {@code first_name}, {@code address_1}…), so an update changes only those.
 * Amounts are in the store currency's major units, as the client wrote them.
 *
 * @param status     a status wire name, or {@code trash}
 * @param setPaid    WooCommerce's {@code set_paid}: the order is paid now ({@code payment_complete})
 * @param lines      product lines priced from the catalog; only on create
 * @param couponCodes coupons to apply to the lines; only on create
 */
public record OrderDraft(String status, Long customerId, Map<String, String> billing, Map<String, String> shipping,
        String paymentMethod, String paymentMethodTitle, String transactionId, String customerNote, Boolean setPaid,
        List<Line> lines, List<ShippingLine> shippingLines, List<FeeLine> feeLines, List<String> couponCodes) {

    /** A product line: the product, or the variation and its parent, and how many. */
    public record Line(Long productId, Long variationId, Long quantity) {
    }

    /** A shipping line as given: its method, title and net cost (untaxed, see docs/orders-admin.md). */
    public record ShippingLine(String methodId, String methodTitle, BigDecimal total) {
    }

    /** A fee as given; {@code taxStatus} {@code taxable} (default) or {@code none}. */
    public record FeeLine(String name, String taxClass, String taxStatus, BigDecimal total) {
    }
}
