package org.headlesscart.api.cocart.v2.cart;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.StreamingOutput;

import org.headlesscart.api.cocart.v2.catalog.PricesResponse;
import org.headlesscart.cart.model.CartView;

/**
 * The cart object of contract §3, written field by field with JSON-P so that key order, {@code []} for empty maps
 * and the mixed money types come out exactly as CoCart sends them (captures 20-38). Streams straight into the
 * response: nothing but the generator is allocated per field.
 *
 * <p>{@code coupons}, {@code shipping}, {@code fees} and {@code taxes} are {@link PricingJson}'s.
 */
final class CartJson {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String NO_HASH = "No items in cart so no hash";

    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());
    private static final List<String> TOTALS = List.of("subtotal", "subtotal_tax", "fee_total", "fee_tax",
            "discount_total", "discount_tax", "shipping_total", "shipping_tax", "total", "total_tax");

    private final CartFormat format;
    private final PricingJson pricing;

    CartJson(CartFormat format) {
        this.format = format;
        this.pricing = new PricingJson(format);
    }

    /** A response body written by {@code body} into a fresh generator. */
    static StreamingOutput stream(Consumer<JsonGenerator> body) {
        return out -> {
            try (JsonGenerator json = GENERATORS.createGenerator(new KeepOpen(out), StandardCharsets.UTF_8)) {
                body.accept(json);
            }
        };
    }

    static byte[] bytes(Consumer<JsonGenerator> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            body.accept(json);
        }
        return out.toByteArray();
    }

    void cart(JsonGenerator json, CartView cart, CartFields fields) {
        if (!fields.names().iterator().hasNext()) {
            json.writeStartArray().writeEnd();          // PHP's empty array: nothing asked for was known
            return;
        }
        json.writeStartObject();
        for (String name : fields.names()) {
            field(json, name, cart, fields);
        }
        json.writeEnd();
    }

    private void field(JsonGenerator json, String name, CartView cart, CartFields fields) {
        switch (name) {
            case "cart_hash" -> json.write(name, cart.cartHash() != null ? cart.cartHash()
                    : fields.filtered() ? "" : NO_HASH);
            case "cart_key" -> json.write(name, cart.cartKey());
            case "currency" -> currency(json, format.currency());
            case "customer" -> customer(json, cart.customer(), fields);
            case "items" -> lines(json, name, cart.items(), false);
            case "item_count" -> CartWire.number(json, name, cart.itemCount());
            case "items_weight" -> json.write(name,
                    cart.itemsWeight() == null ? "0" : CartWire.plain(cart.itemsWeight()));
            case "needs_payment" -> json.write(name, cart.needsPayment());
            case "needs_shipping" -> json.write(name, cart.needsShipping());
            case "totals" -> totals(json, cart.totals(), fields);
            case "removed_items" -> lines(json, name, cart.removedItems(), true);
            case "cross_sells" -> crossSells(json, cart.crossSells());
            case "notices" -> notices(json, cart.notices());
            case "coupons" -> pricing.coupons(json, cart.pricing());
            case "shipping" -> pricing.shipping(json, cart.pricing());
            case "fees" -> pricing.fees(json, cart.pricing());
            case "taxes" -> pricing.taxes(json, cart.pricing());
            default -> json.writeStartArray(name).writeEnd();
        }
    }

    private static void currency(JsonGenerator json, PricesResponse.Currency c) {
        json.writeStartObject("currency")
                .write("currency_code", c.currencyCode())
                .write("currency_symbol", c.currencySymbol())
                .write("currency_symbol_pos", c.currencySymbolPos())
                .write("currency_minor_unit", c.currencyMinorUnit())
                .write("currency_decimal_separator", c.currencyDecimalSeparator())
                .write("currency_thousand_separator", c.currencyThousandSeparator())
                .write("currency_prefix", c.currencyPrefix())
                .write("currency_suffix", c.currencySuffix())
                .writeEnd();
    }

    private static void customer(JsonGenerator json, CartView.Customer customer, CartFields fields) {
        json.writeStartObject("customer");
        if (fields.shows("customer", "billing_address")) {
            CartWire.strings(json, "billing_address", customer == null ? Map.of() : customer.billing());
        }
        if (fields.shows("customer", "shipping_address")) {
            CartWire.strings(json, "shipping_address", customer == null ? Map.of() : customer.shipping());
        }
        json.writeEnd();
    }

    private void lines(JsonGenerator json, String name, List<CartView.Line> lines, boolean removed) {
        json.writeStartArray(name);
        for (CartView.Line line : lines) {
            json.writeStartObject();
            item(json, line, removed);
            json.writeEnd();
        }
        json.writeEnd();
    }

    /** The fields of one item (contract §3.3), inside an object the caller opened. */
    void item(JsonGenerator json, CartView.Line line, boolean removed) {
        item(json, line, removed, false);
    }

    /**
     * A cart in session as the sessions admin shows it (contract §11.3): the lines keyed by item key with all
     * four item totals as minor-unit strings, the ten totals as minor-unit strings, no currency, notices or
     * cross-sells. Removed lines are keyed the same way.
     */
    void session(JsonGenerator json, CartView cart) {
        json.writeStartObject().write("cart_key", cart.cartKey());
        customer(json, cart.customer(), CartFields.parse(null));
        itemMap(json, "items", cart.items(), false);
        CartWire.number(json, "item_count", cart.itemCount());
        json.write("items_weight", cart.itemsWeight() == null ? "0" : CartWire.plain(cart.itemsWeight()));
        pricing.coupons(json, cart.pricing());
        pricing.fees(json, cart.pricing());
        totals(json, cart.totals(), CartFields.parse(null));
        json.write("needs_payment", cart.needsPayment());
        itemMap(json, "removed_items", cart.removedItems(), true);
        json.writeEnd();
    }

    /**
     * Lines keyed by item key, totals in minor units (sessions admin); {@code []} when there are none. A null
     * {@code name} writes them as the whole document ({@code /session/{key}/items}).
     */
    void itemMap(JsonGenerator json, String name, List<CartView.Line> lines, boolean removed) {
        if (lines.isEmpty()) {
            (name == null ? json.writeStartArray() : json.writeStartArray(name)).writeEnd();
            return;
        }
        if (name == null) {
            json.writeStartObject();
        } else {
            json.writeStartObject(name);
        }
        for (CartView.Line line : lines) {
            json.writeStartObject(line.itemKey());
            item(json, line, removed, true);
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void item(JsonGenerator json, CartView.Line line, boolean removed, boolean minorTotals) {
        int minorUnit = format.minorUnit();
        json.write("item_key", line.itemKey())
                .write("id", line.id())
                .write("name", line.name())
                .write("title", line.title())
                .write("price", CartWire.minor(line.priceMinor()));
        if (removed) {
            CartWire.number(json, "quantity", line.quantity());
        } else {
            json.writeStartObject("quantity");
            CartWire.number(json, "value", line.quantity());
            json.write("min_purchase", line.minPurchase()).write("max_purchase", line.maxPurchase()).writeEnd();
        }
        json.writeStartObject("totals").write("subtotal", CartWire.minor(line.subtotalMinor()));
        if (minorTotals) {
            json.write("subtotal_tax", CartWire.minor(line.subtotalTaxMinor()))
                    .write("total", CartWire.minor(line.totalMinor()))
                    .write("tax", CartWire.minor(line.taxMinor()));
        } else {
            CartWire.number(json, "subtotal_tax", CartWire.major(line.subtotalTaxMinor(), minorUnit));
            CartWire.number(json, "total", CartWire.major(line.totalMinor(), minorUnit));
            CartWire.number(json, "tax", CartWire.major(line.taxMinor(), minorUnit));
        }
        json.writeEnd()
                .write("slug", line.slug())
                .writeStartObject("meta")
                .write("product_type", line.productType())
                .write("sku", line.sku() == null ? "" : line.sku())
                .writeStartObject("dimensions")
                .write("length", dimension(line.dimensions(), 0))
                .write("width", dimension(line.dimensions(), 1))
                .write("height", dimension(line.dimensions(), 2))
                .write("unit", format.dimensionUnit())
                .writeEnd()
                .write("weight", line.weight() == null ? "0.0" : CartWire.plain(line.weight()));
        CartWire.strings(json, "variation", line.variation() == null ? Map.of() : line.variation());
        json.writeEnd().write("backorders", line.backorders() == null ? "" : line.backorders());
        CartWire.value(json, "cart_item_data", line.itemData() == null ? Map.of() : line.itemData());
        json.write("featured_image", format.image(line.imageSrc()));
    }

    private static String dimension(List<String> dimensions, int index) {
        return dimensions == null || dimensions.size() <= index || dimensions.get(index) == null ? ""
                : dimensions.get(index);
    }

    private static void totals(JsonGenerator json, CartView.Totals t, CartFields fields) {
        long[] values = {t.subtotal(), t.subtotalTax(), t.feeTotal(), t.feeTax(), t.discountTotal(),
            t.discountTax(), t.shippingTotal(), t.shippingTax(), t.total(), t.totalTax()};
        json.writeStartObject("totals");
        for (int i = 0; i < values.length; i++) {
            if (fields.shows("totals", TOTALS.get(i))) {
                json.write(TOTALS.get(i), CartWire.minor(values[i]));
            }
        }
        json.writeEnd();
    }

    private void crossSells(JsonGenerator json, List<CartView.CrossSell> crossSells) {
        json.writeStartArray("cross_sells");
        for (CartView.CrossSell c : crossSells == null ? List.<CartView.CrossSell>of() : crossSells) {
            json.writeStartObject()
                    .write("id", c.id())
                    .write("name", c.name())
                    .write("title", c.title())
                    .write("slug", c.slug())
                    .write("price", CartWire.minor(c.price()))
                    .write("regular_price", CartWire.minor(c.regularPrice()))
                    .write("sale_price", CartWire.minor(c.salePrice()))
                    .write("image", c.imageSrc() == null || c.imageSrc().isBlank() ? format.placeholder()
                            : c.imageSrc())
                    .write("average_rating", rating(c.averageRating()))
                    .write("on_sale", c.onSale())
                    .write("type", c.type())
                    .writeEnd();
        }
        json.writeEnd();
    }

    /** WooCommerce's rating text, two decimals; {@code ""} for an unrated product. */
    static String rating(BigDecimal average) {
        return average == null || average.signum() == 0 ? ""
                : "Rated " + average.setScale(2, RoundingMode.HALF_UP).toPlainString() + " out of 5";
    }

    private static void notices(JsonGenerator json, Map<String, List<String>> notices) {
        if (notices == null || notices.isEmpty()) {
            json.writeStartArray("notices").writeEnd();
            return;
        }
        json.writeStartObject("notices");
        notices.forEach((type, messages) -> {
            json.writeStartArray(type);
            messages.forEach(json::write);
            json.writeEnd();
        });
        json.writeEnd();
    }

    /** The generator closes its stream; the container owns the response's. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
