package org.headlesscart.api.wc.v3;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.order.model.AdminOrderView;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.order.model.RefundView;

/**
 * WooCommerce's REST order object ({@code wc/v3/orders}), in its field order: money as decimal strings with the
 * currency's decimals ("36.00"), refunds negative, dates {@code Y-m-d\TH:i:s} in the store's zone and in UTC.
 * {@code version} is the order's edit version (what {@code If-Match} names), not a plugin version.
 */
@JsonbPropertyOrder({"id", "parentId", "status", "currency", "version", "pricesIncludeTax", "dateCreated",
        "dateCreatedGmt", "dateModified", "dateModifiedGmt", "discountTotal", "discountTax", "shippingTotal",
        "shippingTax", "cartTax", "total", "totalTax", "customerId", "orderKey", "billing", "shipping",
        "paymentMethod", "paymentMethodTitle", "transactionId", "customerIpAddress", "customerUserAgent",
        "createdVia", "customerNote", "dateCompleted", "dateCompletedGmt", "datePaid", "datePaidGmt", "cartHash",
        "number", "metaData", "lineItems", "taxLines", "shippingLines", "feeLines", "couponLines", "refunds",
        "setPaid", "links"})
public record OrderResponse(long id, long parentId, String status, String currency, String version,
        boolean pricesIncludeTax, String dateCreated, String dateCreatedGmt, String dateModified,
        String dateModifiedGmt, String discountTotal, String discountTax, String shippingTotal, String shippingTax,
        String cartTax, String total, String totalTax, long customerId, String orderKey, Map<String, String> billing,
        Map<String, String> shipping, String paymentMethod, String paymentMethodTitle, String transactionId,
        String customerIpAddress, String customerUserAgent, String createdVia, String customerNote,
        String dateCompleted, String dateCompletedGmt, String datePaid, String datePaidGmt, String cartHash,
        String number, @JsonbProperty("meta_data") List<Object> metaData, List<LineItem> lineItems,
        List<TaxLine> taxLines, List<ShippingLine> shippingLines, List<FeeLine> feeLines,
        List<CouponLine> couponLines, List<Refund> refunds, boolean setPaid,
        @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    @JsonbPropertyOrder({"id", "name", "productId", "variationId", "quantity", "taxClass", "subtotal",
            "subtotalTax", "total", "totalTax", "taxes", "metaData", "sku", "price", "image", "parentName"})
    public record LineItem(long id, String name, long productId, long variationId, int quantity, String taxClass,
            String subtotal, String subtotalTax, String total, String totalTax, List<Tax> taxes,
            @JsonbProperty("meta_data") List<Meta> metaData, String sku, BigDecimal price, Image image,
            String parentName) {
    }

    @JsonbPropertyOrder({"id", "total", "subtotal"})
    public record Tax(long id, String total, String subtotal) {
    }

    @JsonbPropertyOrder({"id", "key", "value", "displayKey", "displayValue"})
    public record Meta(long id, String key, String value, String displayKey, String displayValue) {
    }

    @JsonbPropertyOrder({"id", "src"})
    public record Image(long id, String src) {
    }

    @JsonbPropertyOrder({"id", "rateCode", "rateId", "label", "compound", "taxTotal", "shippingTaxTotal",
            "ratePercent", "metaData"})
    public record TaxLine(long id, String rateCode, long rateId, String label, boolean compound, String taxTotal,
            String shippingTaxTotal, BigDecimal ratePercent, @JsonbProperty("meta_data") List<Object> metaData) {
    }

    @JsonbPropertyOrder({"id", "methodTitle", "methodId", "instanceId", "total", "totalTax", "taxes", "metaData"})
    public record ShippingLine(long id, String methodTitle, String methodId, String instanceId, String total,
            String totalTax, List<Tax> taxes, @JsonbProperty("meta_data") List<Object> metaData) {
    }

    @JsonbPropertyOrder({"id", "name", "taxClass", "taxStatus", "amount", "total", "totalTax", "taxes",
            "metaData"})
    public record FeeLine(long id, String name, String taxClass, String taxStatus, String amount, String total,
            String totalTax, List<Tax> taxes, @JsonbProperty("meta_data") List<Object> metaData) {
    }

    @JsonbPropertyOrder({"id", "code", "discount", "discountTax", "discountType", "metaData"})
    public record CouponLine(long id, String code, String discount, String discountTax, String discountType,
            @JsonbProperty("meta_data") List<Object> metaData) {
    }

    @JsonbPropertyOrder({"id", "reason", "total"})
    public record Refund(long id, String reason, String total) {
    }

    static OrderResponse from(AdminOrderView admin, ProductResponse.Format f, String self, String collection,
            String customer) {
        OrderView o = admin.order();
        var t = o.totals();
        return new OrderResponse(o.id(), 0, admin.trashed() ? "trash" : o.status().wire(), o.currency(),
                String.valueOf(o.version()), o.pricesIncludeTax(), f.local(o.createdAt()), f.gmt(o.createdAt()),
                f.local(o.updatedAt()), f.gmt(o.updatedAt()), f.money(t.discountTotal()), f.money(t.discountTax()),
                f.money(t.shippingTotal()), f.money(t.shippingTax()), f.money(t.cartTax()), f.money(t.total()),
                f.money(t.totalTax()), o.customerId(), o.orderKey(), address(o.billing(), true),
                address(o.shipping(), false), o.paymentMethod(), o.paymentMethodTitle(), o.transactionId(),
                o.customerIp(), o.customerUserAgent(), o.createdVia(), o.customerNote(), f.local(o.completedAt()),
                f.gmt(o.completedAt()), f.local(o.paidAt()), f.gmt(o.paidAt()), o.cartHash() == null ? ""
                        : o.cartHash(), o.number(), List.of(),
                o.lines().stream().map(l -> line(l, f)).toList(),
                o.taxLines().stream().map(x -> new TaxLine(x.id(), x.rateCode(), x.rateId(), x.label(), x.compound(),
                        f.money(x.taxTotal()), f.money(x.shippingTaxTotal()), percent(x.ratePercent()), List.of()))
                        .toList(),
                o.shippingLines().stream().map(s -> new ShippingLine(s.id(), s.title(), s.methodId(),
                        String.valueOf(s.instanceId()), f.money(s.total()), f.money(s.totalTax()),
                        amounts(s.taxes(), f), List.of())).toList(),
                o.feeLines().stream().map(x -> new FeeLine(x.id(), x.name(), x.taxClass(), x.taxStatus(),
                        f.money(x.total()), f.money(x.total()), f.money(x.totalTax()), amounts(x.taxes(), f),
                        List.of())).toList(),
                o.couponLines().stream().map(c -> new CouponLine(c.id(), c.code(), f.money(c.discount()),
                        f.money(c.discountTax()), c.discountType(), List.of())).toList(),
                admin.refunds().stream().map(r -> new Refund(r.id(), r.reason(), f.money(-r.amount()))).toList(),
                false, links(self, collection, customer));
    }

    private static LineItem line(OrderLines.Product l, ProductResponse.Format f) {
        List<Tax> taxes = new ArrayList<>();
        l.taxes().forEach((rate, tax) -> taxes.add(new Tax(rate, f.money(tax.total()), f.money(tax.subtotal()))));
        List<Meta> meta = new ArrayList<>();
        long metaId = 1;
        for (Map.Entry<String, String> m : l.meta().entrySet()) {
            meta.add(new Meta(metaId++, m.getKey(), m.getValue(), label(m.getKey()), m.getValue()));
        }
        BigDecimal price = l.quantity() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(l.subtotal(), f.decimals()).divide(BigDecimal.valueOf(l.quantity()),
                        java.math.MathContext.DECIMAL64).stripTrailingZeros();
        String parent = l.variationId() > 0 ? parentName(l.name()) : null;
        return new LineItem(l.id(), l.name(), l.productId(), l.variationId(), l.quantity(), l.taxClass(),
                f.money(l.subtotal()), f.money(l.subtotalTax()), f.money(l.total()), f.money(l.totalTax()), taxes, meta,
                l.sku(), price.scale() < 0 ? price.setScale(0) : price,
                new Image(0, l.imageSrc() == null ? "" : l.imageSrc()), parent);
    }

    private static List<Tax> amounts(Map<Long, Long> taxes, ProductResponse.Format f) {
        List<Tax> list = new ArrayList<>();
        taxes.forEach((rate, amount) -> list.add(new Tax(rate, f.money(amount), "")));
        return list;
    }

    /** WooCommerce's address objects: billing with e-mail, shipping without. */
    static Map<String, String> address(OrderAddress a, boolean billing) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("first_name", a.firstName());
        fields.put("last_name", a.lastName());
        fields.put("company", a.company());
        fields.put("address_1", a.address1());
        fields.put("address_2", a.address2());
        fields.put("city", a.city());
        fields.put("state", a.state());
        fields.put("postcode", a.postcode());
        fields.put("country", a.country());
        if (billing) {
            fields.put("email", a.email());
        }
        fields.put("phone", a.phone());
        return fields;
    }

    /** A refund as its own route shows it ({@code wc/v3/orders/{id}/refunds}): amounts positive, as WooCommerce. */
    @JsonbPropertyOrder({"id", "dateCreated", "dateCreatedGmt", "amount", "reason", "refundedBy", "refundedPayment",
            "metaData", "lineItems", "shippingLines", "taxLines", "feeLines", "links"})
    public record RefundResponse(long id, String dateCreated, String dateCreatedGmt, String amount, String reason,
            long refundedBy, boolean refundedPayment, @JsonbProperty("meta_data") List<Object> metaData,
            List<RefundLine> lineItems, List<Object> shippingLines, List<Object> taxLines, List<Object> feeLines,
            @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

        static RefundResponse from(RefundView r, OrderView order, ProductResponse.Format f, String self,
                String collection, String up) {
            Map<Long, OrderLines.Product> lines = new LinkedHashMap<>();
            order.lines().forEach(l -> lines.put(l.id(), l));
            List<RefundLine> refunded = new ArrayList<>();
            for (RefundView.Line l : r.lines()) {
                OrderLines.Product line = lines.get(l.lineId());
                refunded.add(new RefundLine(l.lineId(), line == null ? "" : line.name(),
                        line == null ? 0 : line.productId(), line == null ? 0 : line.variationId(), -l.quantity(),
                        f.money(-l.total()), f.money(-l.totalTax()), f.money(-l.total()), f.money(-l.totalTax()),
                        line == null ? "" : line.sku(), f.money(l.total() + l.totalTax())));
            }
            Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
            links.put("self", List.of(Map.of("href", self)));
            links.put("collection", List.of(Map.of("href", collection)));
            links.put("up", List.of(Map.of("href", up)));
            return new RefundResponse(r.id(), f.local(r.createdAt()), f.gmt(r.createdAt()), f.money(r.amount()),
                    r.reason(), r.refundedBy(), r.refundedPayment(), List.of(), refunded, List.of(), List.of(),
                    List.of(), links);
        }
    }

    /** A refunded line, negative as WooCommerce writes refund items; {@code refund_total} what went back. */
    @JsonbPropertyOrder({"id", "name", "productId", "variationId", "quantity", "subtotal", "subtotalTax", "total",
            "totalTax", "sku", "refundTotal"})
    public record RefundLine(long id, String name, long productId, long variationId, int quantity, String subtotal,
            String subtotalTax, String total, String totalTax, String sku, String refundTotal) {
    }

    private static String label(String key) {
        String bare = key.startsWith("pa_") ? key.substring(3) : key;
        return bare.isEmpty() ? key : Character.toUpperCase(bare.charAt(0)) + bare.substring(1).replace('-', ' ');
    }

    private static String parentName(String name) {
        int dash = name.indexOf(" - ");
        return dash < 0 ? name : name.substring(0, dash);
    }

    private static BigDecimal percent(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static Map<String, List<Map<String, String>>> links(String self, String collection, String customer) {
        Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
        links.put("self", List.of(Map.of("href", self)));
        links.put("collection", List.of(Map.of("href", collection)));
        if (customer != null) {
            links.put("customer", List.of(Map.of("href", customer)));
        }
        return links;
    }
}
