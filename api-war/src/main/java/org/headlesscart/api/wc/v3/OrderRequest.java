package org.headlesscart.api.wc.v3;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.order.model.OrderDraft;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.RefundDraft;
import org.headlesscart.platform.numbers.Decimals;

/**
 * An order create or update body read as WooCommerce's order schema ({@code wc/v3/orders}): read-only fields are
 * ignored, as WordPress ignores them; {@code status} is one of WooCommerce's statuses (or {@code trash}); amounts are
 * decimal strings; text longer than its column is refused rather than cut. Problems are reported together as
 * {@code rest_invalid_param}; a refund body ({@link #refund}) the same way.
 */
final class OrderRequest {

    static final List<String> STATUSES = List.of("pending", "processing", "on-hold", "completed", "cancelled",
            "refunded", "failed", "trash");

    /** WooCommerce's address fields with the longest value each column holds (V1__orders.sql). */
    private static final Map<String, Integer> ADDRESS = new LinkedHashMap<>();

    static {
        ADDRESS.put("first_name", 100);
        ADDRESS.put("last_name", 100);
        ADDRESS.put("company", 100);
        ADDRESS.put("address_1", 200);
        ADDRESS.put("address_2", 200);
        ADDRESS.put("city", 100);
        ADDRESS.put("state", 100);
        ADDRESS.put("postcode", 20);
        ADDRESS.put("country", 2);
        ADDRESS.put("email", 100);
        ADDRESS.put("phone", 30);
    }

    /** Far above any amount an order holds, and far below what minor units in a {@code long} can hold. */
    private static final BigDecimal LARGEST = new BigDecimal("1000000000000");
    private static final int NOTE_LENGTH = 10_000;

    private OrderRequest() {
    }

    /** The draft and whether the body named an id (a create refuses it; a batch update needs it). */
    record Parsed(OrderDraft draft, Long id) {
    }

    static Parsed parse(String body) {
        return read(JsonBody.parse(body));
    }

    static Parsed parse(JsonObject item) {
        return read(JsonBody.of(item));
    }

    private static Parsed read(JsonBody json) {
        Long id = json.has("id") ? json.integer("id") : null;
        String status = json.string("status");
        if (status != null && OrderStatus.of(status).isEmpty() && !"trash".equals(status)) {
            json.report("status", "rest_not_in_enum", "status is not one of " + String.join(", ", STATUSES) + ".");
        }
        Long customer = json.integer("customer_id");
        if (customer != null && customer < 0) {
            json.report("customer_id", InvalidParamException.GENERIC_CODE, "customer_id must be 0 or more.");
        }
        List<OrderDraft.Line> lines = json.objects("line_items", l -> new OrderDraft.Line(l.integer("product_id"),
                l.integer("variation_id"), l.integer("quantity")));
        List<OrderDraft.ShippingLine> shipping = json.objects("shipping_lines", s -> new OrderDraft.ShippingLine(
                bounded(json, "shipping_lines", s.string("method_id"), 200),
                bounded(json, "shipping_lines", s.string("method_title"), 200),
                money(json, "shipping_lines", s.raw("total"), false)));
        List<OrderDraft.FeeLine> fees = json.objects("fee_lines", f -> new OrderDraft.FeeLine(
                bounded(json, "fee_lines", f.string("name"), 200), bounded(json, "fee_lines", f.string("tax_class"), 100),
                taxStatus(json, f.string("tax_status")), money(json, "fee_lines", f.raw("total"), true)));
        List<String> coupons = json.objects("coupon_lines", c -> {
            String code = c.string("code");
            if (code == null || code.isBlank()) {
                json.report("coupon_lines", InvalidParamException.GENERIC_CODE, "Coupon code is required.");
            }
            return bounded(json, "coupon_lines", code, 190);
        });
        OrderDraft draft = new OrderDraft(status, customer, address(json, "billing"), address(json, "shipping"),
                bounded(json, "payment_method", json.string("payment_method"), 64),
                bounded(json, "payment_method_title", json.string("payment_method_title"), 200),
                bounded(json, "transaction_id", json.string("transaction_id"), 200),
                bounded(json, "customer_note", json.string("customer_note"), NOTE_LENGTH), json.bool("set_paid"),
                lines, shipping, fees, coupons);
        json.throwIfAny();
        return new Parsed(draft, id);
    }

    /** A refund body: amount, reason, line_items [{id, quantity, refund_total, refund_tax[{id, refund_total}]}]. */
    static RefundDraft refund(String body, long refundedBy) {
        JsonBody json = JsonBody.parse(body);
        BigDecimal amount = money(json, "amount", json.raw("amount"), true);
        String reason = bounded(json, "reason", json.string("reason"), 1000);
        List<RefundDraft.Line> lines = json.objects("line_items", l -> {
            Long line = l.integer("id");
            Integer quantity = l.int32("quantity");
            if (line == null) {
                json.report("line_items", InvalidParamException.GENERIC_CODE, "line_items[id] is required.");
            }
            return new RefundDraft.Line(line == null ? 0 : line, quantity == null ? 0 : quantity,
                    money(json, "line_items", l.raw("refund_total"), true), refundTax(json, l));
        });
        Boolean api = json.bool("api_refund");
        Boolean restock = json.bool("api_restock");
        Boolean restockItems = json.bool("restock_items");
        json.throwIfAny();
        return new RefundDraft(amount, reason, lines == null ? List.of() : lines, api == null || api,
                restockItems != null ? restockItems : restock == null || restock, refundedBy);
    }

    /** WooCommerce's {@code refund_tax}: a list of {id, refund_total}, summed here (the order keeps one tax). */
    private static BigDecimal refundTax(JsonBody json, JsonBody line) {
        JsonValue raw = line.raw("refund_tax");
        if (raw == null || raw.getValueType() != JsonValue.ValueType.ARRAY) {
            return raw == null ? null : money(json, "line_items", raw, true);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonValue tax : raw.asJsonArray()) {
            JsonValue amount = tax instanceof JsonObject object ? object.get("refund_total") : tax;
            BigDecimal value = money(json, "line_items", amount, true);
            sum = value == null ? sum : sum.add(value);
        }
        return sum;
    }

    private static Map<String, String> address(JsonBody json, String name) {
        JsonBody address = json.object(name);
        if (address == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        ADDRESS.forEach((field, length) -> {
            if (address.has(field)) {
                String value = address.string(field);
                if (value != null && value.length() > length) {
                    json.report(name, InvalidParamException.GENERIC_CODE,
                            name + "[" + field + "] must be at most " + length + " characters long.");
                } else if (value != null) {
                    fields.put(field, "country".equals(field) || "state".equals(field)
                            ? value.strip().toUpperCase(java.util.Locale.ROOT) : value.strip());
                }
            }
        });
        return fields;
    }

    private static String taxStatus(JsonBody json, String value) {
        if (value != null && !List.of("taxable", "none").contains(value)) {
            json.report("fee_lines", "rest_not_in_enum", "fee_lines[tax_status] is not one of taxable, none.");
        }
        return value;
    }

    private static String bounded(JsonBody json, String argument, String value, int length) {
        if (value != null && value.length() > length) {
            json.report(argument, InvalidParamException.GENERIC_CODE,
                    argument + " must be at most " + length + " characters long.");
            return null;
        }
        return value;
    }

    /** A decimal string (or number) within bounds; {@code ""} and absent are null. */
    private static BigDecimal money(JsonBody json, String argument, JsonValue value, boolean negativeAllowed) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        String text = value instanceof JsonString s ? s.getString().trim()
                : value instanceof JsonNumber n ? n.toString() : null;
        if (text != null && text.isEmpty()) {
            return null;
        }
        Decimals.Reading reading = text == null ? null : Decimals.read(text);
        if (reading != null && reading.kind() == Decimals.Kind.TINY) {
            return BigDecimal.ZERO;
        }
        if (reading == null || !reading.isNumber() || reading.value().abs().compareTo(LARGEST) > 0
                || !negativeAllowed && reading.value().signum() < 0) {
            json.report(argument, InvalidParamException.GENERIC_CODE, argument + " is not a valid amount.");
            return null;
        }
        return reading.value();
    }
}
