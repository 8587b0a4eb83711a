package org.headlesscart.api.cocart.v2.checkout;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;

import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.catalog.model.CurrencyView;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.payment.model.ReceivedOrder;

/**
 * {@code GET order-received/{order_id}} (COCART-PLUS §1.3 OrderReceived). Money as minor-unit strings but in
 * {@code totals}, which are formatted as WooCommerce's order totals table shows them; dates ISO-8601 UTC. Nothing here
 * is downloadable, so {@code has_downloads} is false and {@code download_url} absent; {@code available_payment_methods}
 * is present only while the order needs payment ({@link #json}).
 */
@JsonbPropertyOrder({"orderId", "orderNumber", "orderKey", "status", "statusName", "dateCreated", "datePaid",
        "currency", "total", "subtotal", "taxTotal", "shippingTotal", "discountTotal", "paymentMethod",
        "paymentMethodTitle", "customerId", "customerNote", "billingAddress", "shippingAddress", "items",
        "totals", "needsPayment", "needsShipping", "hasDownloads"})
public record OrderReceivedResponse(long orderId, String orderNumber, String orderKey, String status,
        String statusName, String dateCreated, String datePaid, String currency, String total, String subtotal,
        String taxTotal, String shippingTotal, String discountTotal, String paymentMethod, String paymentMethodTitle,
        long customerId, String customerNote, Address billingAddress, Address shippingAddress, List<Item> items,
        List<Total> totals, boolean needsPayment, boolean needsShipping, boolean hasDownloads,
        @JsonbTransient List<Method> availablePaymentMethods) {

    @JsonbPropertyOrder({"firstName", "lastName", "company", "address1", "address2", "city", "state", "postcode",
            "country", "email", "phone"})
    public record Address(String firstName, String lastName, String company,
            @JsonbProperty("address_1") String address1, @JsonbProperty("address_2") String address2, String city,
            String state, String postcode, String country, String email, String phone) {

        static Address of(OrderAddress a) {
            return new Address(a.firstName(), a.lastName(), a.company(), a.address1(), a.address2(), a.city(),
                    a.state(), a.postcode(), a.country(), a.email(), a.phone());
        }
    }

    @JsonbPropertyOrder({"itemId", "productId", "variationId", "productName", "productImage", "quantity",
            "subtotal", "total", "metaData"})
    public record Item(long itemId, long productId, long variationId, String productName, String productImage,
            int quantity, String subtotal, String total, List<Meta> metaData) {
    }

    @JsonbPropertyOrder({"id", "key", "displayKey", "displayValue"})
    public record Meta(long id, String key, String displayKey, String displayValue) {
    }

    @JsonbPropertyOrder({"key", "label", "value"})
    public record Total(String key, String label, String value) {
    }

    @JsonbPropertyOrder({"id", "title", "description", "hasFields"})
    public record Method(String id, String title, String description, boolean hasFields) {
    }

    /**
     * The JSON text: the record's members, then {@code available_payment_methods} only when it applies (the API
     * writes nulls, and the contract has the member absent, not null).
     */
    String json() {
        Jsonb jsonb = JsonbConfiguration.jsonb();
        String order = jsonb.toJson(this);
        if (availablePaymentMethods == null) {
            return order;
        }
        return order.substring(0, order.lastIndexOf('}')) + ",\"available_payment_methods\":"
                + jsonb.toJson(availablePaymentMethods) + "}";
    }

    static OrderReceivedResponse of(ReceivedOrder received, CurrencyView money) {
        OrderView o = received.order();
        List<Item> items = o.lines().stream().map(OrderReceivedResponse::item).toList();
        List<Method> methods = o.needsPayment() ? received.paymentMethods().stream()
                .map(m -> new Method(m.id(), m.title(), m.description(), m.hasFields())).toList() : null;
        return new OrderReceivedResponse(o.id(), o.number(), o.orderKey(), o.status().wire(), o.status().label(),
                date(o.createdAt()), date(o.paidAt()), o.currency(), minor(o.totals().total()),
                minor(o.totals().subtotal()), minor(o.totals().totalTax()), minor(o.totals().shippingTotal()),
                minor(o.totals().discountTotal()), o.paymentMethod(), o.paymentMethodTitle(), o.customerId(),
                o.customerNote() == null ? "" : o.customerNote(), Address.of(o.billing()), Address.of(o.shipping()),
                items, totals(o, money), o.needsPayment(), o.needsShipping(), false, methods);
    }

    private static Item item(OrderLines.Product line) {
        List<Meta> meta = new ArrayList<>();
        for (Map.Entry<String, String> entry : line.meta().entrySet()) {
            if (!entry.getKey().startsWith("_")) {          // WooCommerce hides meta whose key starts with _
                meta.add(new Meta(meta.size() + 1, entry.getKey(), entry.getKey(), entry.getValue()));
            }
        }
        return new Item(line.id(), line.productId(), line.variationId(), line.name(),
                line.imageSrc() == null ? "" : line.imageSrc(), line.quantity(), minor(line.subtotal()),
                minor(line.total()), meta);
    }

    /** WooCommerce's order totals table: subtotal, discount, shipping, fees, tax, payment method, total. */
    private static List<Total> totals(OrderView o, CurrencyView money) {
        List<Total> totals = new ArrayList<>();
        totals.add(new Total("cart_subtotal", "Subtotal:", money.format(o.totals().subtotal())));
        if (o.totals().discountTotal() > 0) {
            totals.add(new Total("discount", "Discount:", money.format(-o.totals().discountTotal())));
        }
        if (o.needsShipping()) {
            String via = String.join(", ", o.shippingLines().stream().map(OrderLines.Shipping::title).toList());
            totals.add(new Total("shipping", "Shipping:", money.format(o.totals().shippingTotal()) + " via " + via));
        }
        for (OrderLines.Fee fee : o.feeLines()) {
            totals.add(new Total("fee_" + fee.id(), fee.name() + ":", money.format(fee.total())));
        }
        if (o.totals().totalTax() > 0 && !o.pricesIncludeTax()) {
            totals.add(new Total("tax", "Tax:", money.format(o.totals().totalTax())));
        }
        if (o.paymentMethodTitle() != null && !o.paymentMethodTitle().isEmpty() && o.totals().total() > 0) {
            totals.add(new Total("payment_method", "Payment method:", o.paymentMethodTitle()));
        }
        totals.add(new Total("order_total", "Total:", money.format(o.totals().total())));
        return totals;
    }

    private static String minor(long amount) {
        return Long.toString(amount);
    }

    private static String date(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
