package org.headlesscart.api.cocart.v2.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.api.error.PaymentExceptionMapper;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.catalog.model.CurrencyView;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderTotals;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.payment.boundary.PaymentException;
import org.headlesscart.payment.boundary.PaymentFailure;
import org.headlesscart.payment.model.PaymentMethodView;
import org.headlesscart.payment.model.ReceivedOrder;
import org.junit.jupiter.api.Test;

/** The payment routes' JSON as the server writes it, their body's bounds and their error codes. */
class PaymentWireTest {

    static final CurrencyView USD = new CurrencyView("USD", "$", "left", 2, ".", ",");
    static final PaymentMethodView BACS = new PaymentMethodView("bacs", "Direct bank transfer", "Pay by transfer.",
            List.of("products"), false, null, "Direct bank transfer", "BACS.", false, false, null);

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aPaymentMethodHasTheContractsMembersInOrder() {
        JsonObject m = json(JsonbConfiguration.jsonb().toJson(PaymentMethodResponse.of(BACS)));
        assertEquals(List.of("id", "title", "description", "supports", "has_fields", "order_button_text",
                "method_title", "method_description", "config", "saved_tokens", "supports_save_payment"),
                List.copyOf(m.keySet()));
        assertEquals(List.of("test_mode", "is_connected", "supports_tokenization", "supports_refunds",
                "supports_subscriptions", "requires_billing_address", "restricted_to_shipping_methods"),
                List.copyOf(m.getJsonObject("config").keySet()));
        assertEquals(JsonValue.NULL, m.get("order_button_text"));
        assertEquals(JsonValue.NULL, m.getJsonObject("config").get("restricted_to_shipping_methods"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, m.get("saved_tokens"));
    }

    static OrderView order(OrderStatus status, String method) {
        OrderAddress billing = new OrderAddress("Ada", "Lovelace", "", "1 Main St", "Flat 2", "Portland", "OR",
                "97201", "US", "ada@example.com", "5035550100");
        OrderLines.Product line = new OrderLines.Product(31, 12, 0, "Hoodie", "H-1", 2, "", 1800, 3600, 0, 3100, 0,
                Map.of(), Map.of("Size", "L", "_hidden", "x"), null, 0, 0);
        OrderLines.Shipping rate = new OrderLines.Shipping(1, "flat_rate:1", "flat_rate", 1, "Flat rate", 500, 0,
                Map.of(), "Hoodie &times; 2");
        return new OrderView(7, "7", "wc_order_abcdefghijklm", status, "USD", false, 0, "checkout", "k", "h",
                billing, OrderAddress.EMPTY, method, "Direct bank transfer", "", null, "", "",
                new OrderTotals(3600, 0, 500, 0, 500, 0, 0, 0, 0, 0, 3600, 0), List.of(line), List.of(rate),
                List.of(), List.of(), List.of(), "held", null, Instant.parse("2026-12-05T10:00:00.123Z"),
                Instant.parse("2026-12-05T10:00:00Z"), null, null, 0);
    }

    @Test
    void anOrderReceivedHasTheContractsMembersAndMethodsOnlyWhileUnpaid() {
        JsonObject unpaid = json(OrderReceivedResponse.of(new ReceivedOrder(order(OrderStatus.FAILED, "testcard"),
                List.of(BACS)), USD).json());
        assertEquals(List.of("order_id", "order_number", "order_key", "status", "status_name", "date_created",
                "date_paid", "currency", "total", "subtotal", "tax_total", "shipping_total", "discount_total",
                "payment_method", "payment_method_title", "customer_id", "customer_note", "billing_address",
                "shipping_address", "items", "totals", "needs_payment", "needs_shipping", "has_downloads",
                "available_payment_methods"), List.copyOf(unpaid.keySet()));
        assertEquals(List.of("first_name", "last_name", "company", "address_1", "address_2", "city", "state",
                "postcode", "country", "email", "phone"), List.copyOf(unpaid.getJsonObject("billing_address")
                .keySet()));
        assertEquals("2026-12-05T10:00:00Z", unpaid.getString("date_created"));
        assertEquals(JsonValue.NULL, unpaid.get("date_paid"));
        assertEquals("3600", unpaid.getString("total"));
        assertEquals("", unpaid.getString("customer_note"));
        JsonObject item = unpaid.getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("item_id", "product_id", "variation_id", "product_name", "product_image", "quantity",
                "subtotal", "total", "meta_data"), List.copyOf(item.keySet()));
        assertEquals(2, item.getInt("quantity"));
        assertEquals(1, item.getJsonArray("meta_data").size(), "meta starting with _ is hidden");
        assertEquals("[{\"key\":\"cart_subtotal\",\"label\":\"Subtotal:\",\"value\":\"$36.00\"},"
                + "{\"key\":\"discount\",\"label\":\"Discount:\",\"value\":\"-$5.00\"},"
                + "{\"key\":\"shipping\",\"label\":\"Shipping:\",\"value\":\"$5.00 via Flat rate\"},"
                + "{\"key\":\"payment_method\",\"label\":\"Payment method:\",\"value\":\"Direct bank transfer\"},"
                + "{\"key\":\"order_total\",\"label\":\"Total:\",\"value\":\"$36.00\"}]",
                unpaid.getJsonArray("totals").toString());
        assertEquals("[{\"id\":\"bacs\",\"title\":\"Direct bank transfer\",\"description\":\"Pay by transfer.\","
                + "\"has_fields\":false}]", unpaid.getJsonArray("available_payment_methods").toString());

        JsonObject paid = json(OrderReceivedResponse.of(new ReceivedOrder(order(OrderStatus.PROCESSING, "bacs"),
                List.of()), USD).json());
        assertFalse(paid.containsKey("available_payment_methods"));
        assertFalse(paid.getBoolean("needs_payment"));
    }

    @Test
    void moneyTextFollowsTheStoresFormat() {
        assertEquals("$1,234,567.05", USD.format(123_456_705));
        assertEquals("-$0.50", USD.format(-50));
        assertEquals("1.234,50 €", new CurrencyView("EUR", "€", "right_space", 2, ",", ".")
                .format(123_450));
    }

    @Test
    void thePayBodyIsReadInBothShapesAndBounded() {
        PayRequest list = PayRequest.fromJson("{\"payment_method\":\" testcard \",\"payment_data\":[{\"key\":"
                + "\"card_number\",\"value\":\"4242\"},{\"key\":\"save\",\"value\":true},{\"key\":\"n\",\"value\":3}]}");
        assertEquals("testcard", list.paymentMethod());
        assertEquals(Map.of("card_number", "4242", "save", "true", "n", "3"), list.paymentData());
        assertEquals(Map.of("card_number", "4242"), PayRequest.fromJson("{\"payment_method\":\"testcard\","
                + "\"payment_data\":{\"card_number\":\"4242\"}}").paymentData());
        assertEquals("wc_order_x", PayRequest.fromJson("{\"payment_method\":\"bacs\",\"order_key\":\"wc_order_x\"}")
                .orderKey());

        assertThrows(MissingParamException.class, () -> PayRequest.fromJson(""));
        assertThrows(MissingParamException.class, () -> PayRequest.fromJson("{\"payment_method\":null}"));
        assertThrows(ProcessingException.class, () -> PayRequest.fromJson("[1]"));
        assertThrows(InvalidParamException.class, () -> PayRequest.fromJson("{\"payment_method\":7}"));
        assertThrows(InvalidParamException.class, () -> PayRequest.fromJson("{\"payment_method\":\""
                + "x".repeat(65) + "\"}"));
        assertThrows(InvalidParamException.class, () -> PayRequest.fromJson("{\"payment_method\":\"t\","
                + "\"payment_data\":\"card\"}"));
        assertThrows(InvalidParamException.class, () -> PayRequest.fromJson("{\"payment_method\":\"t\","
                + "\"payment_data\":[{\"value\":\"1\"}]}"));
        assertThrows(InvalidParamException.class, () -> PayRequest.fromJson("{\"payment_method\":\"t\","
                + "\"payment_data\":[{\"key\":\"a\",\"value\":[1]}]}"));
        assertThrows(InvalidParamException.class, () -> PayRequest.fromJson("{\"payment_method\":\"t\","
                + "\"payment_data\":{\"" + "k".repeat(65) + "\":\"1\"}}"));
        assertThrows(InvalidParamException.class, () -> PayRequest.fromJson("{\"payment_method\":\"t\","
                + "\"payment_data\":{\"k\":\"" + "v".repeat(2049) + "\"}}"));
        StringBuilder many = new StringBuilder("{\"payment_method\":\"t\",\"payment_data\":{");
        for (int i = 0; i < 33; i++) {
            many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
        }
        assertThrows(InvalidParamException.class, () -> PayRequest.fromJson(many.append("}}").toString()));
        assertTrue(PayRequest.fromJson("{\"payment_method\":\"t\",\"payment_data\":{\"n\":1e-9999999}}")
                .paymentData().get("n").length() < 40, "a huge exponent stays short");
    }

    @Test
    void everyPaymentFailureHasItsCodeAndStatus() {
        Map<PaymentFailure, String> expected = Map.of(
                PaymentFailure.INVALID_PAYMENT_METHOD, "400 cocart_invalid_payment_method",
                PaymentFailure.PAYMENT_METHOD_DISABLED, "400 cocart_payment_method_disabled",
                PaymentFailure.PAYMENT_METHOD_NOT_AVAILABLE, "400 cocart_payment_method_not_available",
                PaymentFailure.ORDER_INVALID_PARAMS, "400 cocart_order_invalid_params",
                PaymentFailure.ORDER_NOT_FOUND, "404 cocart_order_not_found",
                PaymentFailure.ORDER_INVALID_KEY, "403 cocart_order_invalid_key",
                PaymentFailure.ORDER_NOT_OWNED, "403 cocart_order_not_owned",
                PaymentFailure.ORDER_INVALID_STATUS, "400 cocart_order_invalid_status",
                PaymentFailure.ORDER_NO_PAYMENT_NEEDED, "400 cocart_order_no_payment_needed",
                PaymentFailure.PAYMENT_FAILED, "400 cocart_payment_failed");
        assertEquals(PaymentFailure.values().length, expected.size());
        expected.forEach((failure, wire) -> {
            Response response = new PaymentExceptionMapper().toResponse(failure.exception());
            JsonObject body = json(JsonbConfiguration.jsonb().toJson(response.getEntity()));
            assertEquals(wire, response.getStatus() + " " + body.getString("code"));
            assertEquals(failure.message(), body.getString("message"));
        });
        Response declined = new PaymentExceptionMapper().toResponse(new PaymentException(
                PaymentFailure.PAYMENT_FAILED, PaymentFailure.PAYMENT_FAILED.message(), "Your card was declined."));
        assertEquals("Your card was declined.", json(JsonbConfiguration.jsonb().toJson(declined.getEntity()))
                .getJsonObject("data").getString("reason"));
    }
}
