package org.headlesscart.order.control;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.headlesscart.order.model.OrderLines;

/**
 * The JSON text of an order's shipping, fee, coupon and tax lines and of a product line's taxes and meta, as stored
 * in their TEXT columns. Only this class knows the stored field names; they are ours, not the wire's.
 */
public final class OrderJson {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private OrderJson() {
    }

    public static String shippingLines(List<OrderLines.Shipping> lines) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (OrderLines.Shipping l : lines) {
            array.add(JSON.createObjectBuilder().add("id", l.id()).add("rate_id", l.rateId())
                    .add("method_id", l.methodId()).add("instance_id", l.instanceId()).add("title", l.title())
                    .add("total", l.total()).add("total_tax", l.totalTax()).add("taxes", amounts(l.taxes()))
                    .add("items", l.items()));
        }
        return array.build().toString();
    }

    public static List<OrderLines.Shipping> shippingLines(String json) {
        List<OrderLines.Shipping> lines = new ArrayList<>();
        for (JsonObject o : objects(json)) {
            lines.add(new OrderLines.Shipping(o.getInt("id"), o.getString("rate_id"), o.getString("method_id"),
                    o.getInt("instance_id"), o.getString("title"), o.getJsonNumber("total").longValue(),
                    o.getJsonNumber("total_tax").longValue(), amounts(o.getJsonObject("taxes")),
                    o.getString("items")));
        }
        return lines;
    }

    public static String feeLines(List<OrderLines.Fee> lines) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (OrderLines.Fee l : lines) {
            array.add(JSON.createObjectBuilder().add("id", l.id()).add("name", l.name())
                    .add("tax_class", l.taxClass()).add("tax_status", l.taxStatus()).add("total", l.total())
                    .add("total_tax", l.totalTax()).add("taxes", amounts(l.taxes())));
        }
        return array.build().toString();
    }

    public static List<OrderLines.Fee> feeLines(String json) {
        List<OrderLines.Fee> lines = new ArrayList<>();
        for (JsonObject o : objects(json)) {
            lines.add(new OrderLines.Fee(o.getInt("id"), o.getString("name"), o.getString("tax_class"),
                    o.getString("tax_status"), o.getJsonNumber("total").longValue(),
                    o.getJsonNumber("total_tax").longValue(), amounts(o.getJsonObject("taxes"))));
        }
        return lines;
    }

    public static String couponLines(List<OrderLines.Coupon> lines) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (OrderLines.Coupon l : lines) {
            array.add(JSON.createObjectBuilder().add("id", l.id()).add("code", l.code())
                    .add("discount_type", l.discountType()).add("discount", l.discount())
                    .add("discount_tax", l.discountTax()));
        }
        return array.build().toString();
    }

    public static List<OrderLines.Coupon> couponLines(String json) {
        List<OrderLines.Coupon> lines = new ArrayList<>();
        for (JsonObject o : objects(json)) {
            lines.add(new OrderLines.Coupon(o.getInt("id"), o.getString("code"), o.getString("discount_type"),
                    o.getJsonNumber("discount").longValue(), o.getJsonNumber("discount_tax").longValue()));
        }
        return lines;
    }

    public static String taxLines(List<OrderLines.Tax> lines) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (OrderLines.Tax l : lines) {
            array.add(JSON.createObjectBuilder().add("id", l.id()).add("rate_id", l.rateId())
                    .add("rate_code", l.rateCode()).add("label", l.label()).add("compound", l.compound())
                    .add("tax_total", l.taxTotal()).add("shipping_tax_total", l.shippingTaxTotal())
                    .add("rate_percent", l.ratePercent()));
        }
        return array.build().toString();
    }

    public static List<OrderLines.Tax> taxLines(String json) {
        List<OrderLines.Tax> lines = new ArrayList<>();
        for (JsonObject o : objects(json)) {
            lines.add(new OrderLines.Tax(o.getInt("id"), o.getJsonNumber("rate_id").longValue(),
                    o.getString("rate_code"), o.getString("label"), o.getBoolean("compound"),
                    o.getJsonNumber("tax_total").longValue(), o.getJsonNumber("shipping_tax_total").longValue(),
                    o.getString("rate_percent")));
        }
        return lines;
    }

    /** A product line's taxes: rate id → {total, subtotal}. */
    public static String lineTaxes(Map<Long, OrderLines.LineTax> taxes) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        taxes.forEach((rate, tax) -> object.add(String.valueOf(rate), JSON.createObjectBuilder()
                .add("total", tax.total()).add("subtotal", tax.subtotal())));
        return object.build().toString();
    }

    public static Map<Long, OrderLines.LineTax> lineTaxes(String json) {
        Map<Long, OrderLines.LineTax> taxes = new LinkedHashMap<>();
        object(json).forEach((rate, value) -> {
            JsonObject tax = value.asJsonObject();
            taxes.put(Long.valueOf(rate), new OrderLines.LineTax(tax.getJsonNumber("total").longValue(),
                    tax.getJsonNumber("subtotal").longValue()));
        });
        return taxes;
    }

    /** A product line's meta: key → display value, in order. */
    public static String meta(Map<String, String> meta) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        meta.forEach(object::add);
        return object.build().toString();
    }

    public static Map<String, String> meta(String json) {
        Map<String, String> meta = new LinkedHashMap<>();
        object(json).forEach((key, value) -> meta.put(key, value.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) value).getString() : value.toString()));
        return meta;
    }

    private static JsonObjectBuilder amounts(Map<Long, Long> amounts) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        amounts.forEach((rate, amount) -> object.add(String.valueOf(rate), amount));
        return object;
    }

    private static Map<Long, Long> amounts(JsonObject object) {
        Map<Long, Long> amounts = new LinkedHashMap<>();
        object.forEach((rate, value) -> amounts.put(Long.valueOf(rate), ((jakarta.json.JsonNumber) value).longValue()));
        return amounts;
    }

    private static List<JsonObject> objects(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class);
        }
    }

    private static JsonObject object(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
