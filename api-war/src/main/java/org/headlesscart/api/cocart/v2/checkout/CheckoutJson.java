package org.headlesscart.api.cocart.v2.checkout;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.headlesscart.api.cocart.v2.catalog.PricesResponse;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.checkout.model.CheckoutData;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.payment.model.PaymentResult;
import org.headlesscart.pricing.model.PricedCart;

/**
 * The checkout routes' bodies (COCART-PLUS §1.3): CheckoutData and CheckoutProcessResponse. Money is minor-unit
 * strings, as the Plus v2 OpenAPI shows checkout totals (decision 5).
 */
final class CheckoutJson {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private CheckoutJson() {
    }

    static JsonObject data(CheckoutData data, PricesResponse.Currency currency, String message) {
        CartView cart = data.cart();
        PricedCart priced = cart.pricing().priced();
        JsonObjectBuilder items = JSON.createObjectBuilder();
        for (CartView.Line line : cart.items()) {
            items.add(line.itemKey(), JSON.createObjectBuilder().add("item_key", line.itemKey()).add("id", line.id())
                    .add("name", line.name()).add("title", line.title()).add("sku", line.sku() == null ? "" : line.sku())
                    .add("price", money(line.priceMinor())).add("quantity", JSON.createObjectBuilder()
                            .add("value", line.quantity()))
                    .add("totals", JSON.createObjectBuilder().add("subtotal", money(line.subtotalMinor()))
                            .add("subtotal_tax", money(line.subtotalTaxMinor())).add("total", money(line.totalMinor()))
                            .add("tax", money(line.taxMinor()))));
        }
        var coupons = JSON.createArrayBuilder();
        for (PricedCart.CouponTotal c : priced.coupons()) {
            long saving = c.discount() + c.discountTax();
            coupons.add(JSON.createObjectBuilder().add("coupon", c.code()).add("label", "Coupon: " + c.code())
                    .add("discount_type", c.discountType()).add("saving", money(saving))
                    .add("saving_html", "-" + money(saving)));
        }
        JsonObjectBuilder methods = JSON.createObjectBuilder();
        for (PricedCart.Package p : priced.packages()) {
            for (PricedCart.Rate rate : p.rates()) {
                methods.add(rate.id(), JSON.createObjectBuilder().add("id", rate.id()).add("label", rate.label())
                        .add("cost", money(rate.cost())).add("method_id", rate.methodId())
                        .add("instance_id", rate.instanceId()).add("chosen", rate.id().equals(p.chosenRateId())));
            }
        }
        var fees = JSON.createArrayBuilder();
        for (PricedCart.FeeTotal fee : priced.fees()) {
            fees.add(JSON.createObjectBuilder().add("id", fee.id()).add("name", fee.name())
                    .add("fee", money(fee.total())).add("tax", money(fee.tax())));
        }
        PricedCart.Totals t = priced.totals();
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (data.cartHash() == null) {
            json.add("cart_hash", "");
        } else {
            json.add("cart_hash", data.cartHash());
        }
        return json.add("cart_key", cart.cartKey())
                .add("currency", currency(currency))
                .add("customer", JSON.createObjectBuilder().add("customer_id", data.customerId())
                        .add("billing_address", address(cart.customer().billing(), "billing_", true))
                        .add("shipping_address", address(cart.customer().shipping(), "shipping_", false)))
                .add("items", items).add("coupons", coupons).add("needs_payment", cart.needsPayment())
                .add("needs_shipping", cart.needsShipping()).add("shipping_methods", methods)
                .add("payment_method", data.paymentMethod()).add("fees", fees)
                .add("cart_totals", JSON.createObjectBuilder().add("subtotal", money(t.subtotal()))
                        .add("subtotal_tax", money(t.subtotalTax())).add("fee_total", money(t.feeTotal()))
                        .add("fee_tax", money(t.feeTax())).add("discount_total", money(t.discountTotal()))
                        .add("discount_tax", money(t.discountTax())).add("shipping_total", money(t.shippingTotal()))
                        .add("shipping_tax", money(t.shippingTax()))
                        .add("cart_contents_total", money(t.subtotal() - t.discountTotal()))
                        .add("cart_contents_tax", money(t.totalTax() - t.shippingTax() - t.feeTax()))
                        .add("total", money(t.total())).add("total_tax", money(t.totalTax())))
                .add("message", message).build();
    }

    /** CheckoutProcessResponse: the order and its {@code payment_result} by payment status. */
    static JsonObject processed(OrderView order, PaymentResult payment) {
        JsonObjectBuilder result = JSON.createObjectBuilder().add("payment_status", payment.paymentStatus());
        switch (payment.paymentStatus()) {
            case "failed" -> result.add("message", payment.message() == null ? "" : payment.message());
            case "requires_action" -> {
                JsonObjectBuilder action = JSON.createObjectBuilder();
                (payment.actionData() == null ? Map.<String, String>of() : payment.actionData()).forEach(action::add);
                result.add("action_type", payment.actionType() == null ? "" : payment.actionType())
                        .add("action_data", action);
            }
            default -> result.add("redirect_url", payment.redirectUrl() == null ? "" : payment.redirectUrl())
                    .add("message", "");
        }
        return JSON.createObjectBuilder().add("order_id", order.id()).add("status", order.status().wire())
                .add("order_key", order.orderKey()).add("order_number", order.number())
                .add("payment_result", result).add("customer_id", order.customerId())
                .add("billing_address", address(order.billing(), true))
                .add("shipping_address", address(order.shipping(), false)).build();
    }

    private static JsonObjectBuilder address(Map<String, String> fields, String prefix, boolean contact) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        for (String name : List.of("first_name", "last_name", "company", "address_1", "address_2", "city", "state",
                "postcode", "country")) {
            json.add(name, fields.getOrDefault(prefix + name, ""));
        }
        if (contact) {
            json.add("email", fields.getOrDefault(prefix + "email", ""))
                    .add("phone", fields.getOrDefault(prefix + "phone", ""));
        }
        return json;
    }

    private static JsonObjectBuilder address(OrderAddress a, boolean contact) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("first_name", a.firstName())
                .add("last_name", a.lastName()).add("company", a.company()).add("address_1", a.address1())
                .add("address_2", a.address2()).add("city", a.city()).add("state", a.state())
                .add("postcode", a.postcode()).add("country", a.country());
        if (contact) {
            json.add("email", a.email()).add("phone", a.phone());
        }
        return json;
    }

    private static JsonObjectBuilder currency(PricesResponse.Currency c) {
        return JSON.createObjectBuilder().add("currency_code", c.currencyCode())
                .add("currency_symbol", c.currencySymbol()).add("currency_symbol_pos", c.currencySymbolPos())
                .add("currency_minor_unit", c.currencyMinorUnit())
                .add("currency_decimal_separator", c.currencyDecimalSeparator())
                .add("currency_thousand_separator", c.currencyThousandSeparator())
                .add("currency_prefix", c.currencyPrefix()).add("currency_suffix", c.currencySuffix());
    }

    private static String money(long minor) {
        return Long.toString(minor);
    }
}
