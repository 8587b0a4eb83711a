package org.headlesscart.it;

import static org.headlesscart.it.DemoLogins.ADMIN;
import static org.headlesscart.it.DemoLogins.CUSTOMER;
import static org.headlesscart.it.DemoLogins.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The orders admin ({@code wc/v3/orders}, its notes and refunds; docs/orders-admin.md) against the running server:
 * WooCommerce's order object, its filters and paging, status changes, notes, refunds that restock, and the refusals
 * WooCommerce answers. Products it orders are made untaxed, so every total is known exactly; runs on the
 * catalog-writes database, as it adds products and orders.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class OrdersAdminContract {

    @ArquillianResource
    URL base;

    @Test
    void anOrderCreatedPaidIsShownAsWooCommerceShowsOneAndTakesItsStock() {
        String tag = unique();
        long product = product(tag, "12.00", 10);
        HttpResponse<String> created = send("POST", "orders", MANAGER, "{\"set_paid\":true,\"payment_method\":\"bacs\","
                + "\"payment_method_title\":\"Direct bank transfer\",\"billing\":{\"first_name\":\"Ann\",\"last_name\":"
                + "\"Lee\",\"email\":\"" + tag + "@example.com\",\"country\":\"DE\",\"city\":\"Berlin\"},"
                + "\"line_items\":[{\"product_id\":" + product + ",\"quantity\":3}],"
                + "\"shipping_lines\":[{\"method_id\":\"flat_rate\",\"method_title\":\"Flat rate\",\"total\":\"5.00\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject order = Http.object(created);
        long id = order.getJsonNumber("id").longValue();
        assertEquals(http().at("wp-json/wc/v3/orders/" + id).toString(), created.headers().firstValue("Location")
                .orElse(""));
        assertEquals(List.of("id", "parent_id", "status", "currency", "version", "prices_include_tax", "date_created",
                "date_created_gmt", "date_modified", "date_modified_gmt", "discount_total", "discount_tax",
                "shipping_total", "shipping_tax", "cart_tax", "total", "total_tax", "customer_id", "order_key",
                "billing", "shipping", "payment_method", "payment_method_title", "transaction_id",
                "customer_ip_address", "customer_user_agent", "created_via", "customer_note", "date_completed",
                "date_completed_gmt", "date_paid", "date_paid_gmt", "cart_hash", "number", "meta_data", "line_items",
                "tax_lines", "shipping_lines", "fee_lines", "coupon_lines", "refunds", "set_paid", "_links"),
                List.copyOf(order.keySet()));
        assertEquals("processing", order.getString("status"), "set_paid moves it on: " + order);
        assertEquals("41.00", order.getString("total"));
        assertEquals("5.00", order.getString("shipping_total"));
        assertTrue(order.getString("order_key").matches("wc_order_[A-Za-z0-9]{13}"), order.getString("order_key"));
        assertEquals(String.valueOf(id), order.getString("number"));
        assertFalse(order.isNull("date_paid"), "paid now");
        JsonObject line = order.getJsonArray("line_items").getJsonObject(0);
        assertEquals(product, line.getJsonNumber("product_id").longValue());
        assertEquals(3, line.getInt("quantity"));
        assertEquals("36.00", line.getString("total"));
        assertEquals(12, line.getJsonNumber("price").intValue());
        assertEquals("Flat rate", order.getJsonArray("shipping_lines").getJsonObject(0).getString("method_title"));
        assertEquals(7, stock(product), "three units sold");

        HttpResponse<String> read = send("GET", "orders/" + id, ADMIN, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(order.getString("total"), Http.object(read).getString("total"));
        assertTrue(read.headers().firstValue("ETag").isPresent(), "an ETag for If-Match");
    }

    @Test
    void theListFiltersSearchesAndPagesAsWordPress() {
        String tag = unique();
        long product = product(tag, "3.00", 100);
        long first = order(tag, product, 1, "pending");
        long second = order(tag, product, 2, "pending");
        long third = order(tag, product, 3, "on-hold");
        HttpResponse<String> page = send("GET", "orders?search=" + tag + "&per_page=2&orderby=id&order=asc", MANAGER,
                null);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("3", page.headers().firstValue("X-WP-Total").orElse(""));
        assertEquals("2", page.headers().firstValue("X-WP-TotalPages").orElse(""));
        assertTrue(page.headers().firstValue("Link").orElse("").contains("rel=\"next\""), page.headers().toString());
        assertEquals(List.of(first, second), ids(page));
        assertEquals(List.of(third), ids(send("GET", "orders?search=" + tag + "&per_page=2&page=2&orderby=id&order=asc",
                MANAGER, null)));
        assertEquals(List.of(third), ids(send("GET", "orders?search=" + tag + "&status=on-hold", MANAGER, null)));
        assertEquals(List.of(third, second), ids(send("GET", "orders?product=" + product + "&exclude=" + first,
                MANAGER, null)));
        assertEquals(List.of(second, first), ids(send("GET", "orders?include=" + second + "," + first
                + "&orderby=include", MANAGER, null)));
        assertEquals(List.of(second), ids(send("GET", "orders?search=Street%20" + tag + "-2", MANAGER, null)),
                "searched in the address");
        assertEquals(List.of(first), ids(send("GET", "orders?search=" + first + "&include=" + first, MANAGER, null)),
                "by number");
        assertEquals(List.of(), ids(send("GET", "orders?search=" + tag + "&after=2999-01-01T00:00:00", MANAGER, null)));
        assertRefused(400, "rest_invalid_param", send("GET", "orders?status=shipped", MANAGER, null));
        assertRefused(400, "rest_invalid_param", send("GET", "orders?per_page=101", MANAGER, null));
        assertRefused(400, "rest_invalid_param", send("GET", "orders?after=yesterday", MANAGER, null));
    }

    @Test
    void aStatusChangeAndAddressEditAreGuardedByIfMatch() {
        String tag = unique();
        long id = order(tag, product(tag, "4.00", 20), 1, "pending");
        HttpResponse<String> read = send("GET", "orders/" + id, MANAGER, null);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> updated = send("PUT", "orders/" + id, MANAGER, "{\"status\":\"on-hold\","
                + "\"billing\":{\"city\":\"Hamburg\"},\"customer_note\":\"Leave at the door\"}", "If-Match", etag);
        assertEquals(200, updated.statusCode(), updated.body());
        JsonObject order = Http.object(updated);
        assertEquals("on-hold", order.getString("status"));
        assertEquals("Hamburg", order.getJsonObject("billing").getString("city"));
        assertEquals("Ann", order.getJsonObject("billing").getString("first_name"), "not sent, so kept");
        assertEquals("Leave at the door", order.getString("customer_note"));
        assertRefused(412, "woocommerce_rest_order_modified", send("PUT", "orders/" + id, MANAGER,
                "{\"billing\":{\"city\":\"Stale\"}}", "If-Match", etag));
        assertEquals("Hamburg", Http.object(send("GET", "orders/" + id, MANAGER, null)).getJsonObject("billing")
                .getString("city"), "a stale edit changes nothing");
        assertRefused(400, "rest_invalid_param", send("PUT", "orders/" + id, MANAGER, "{\"status\":\"shipped\"}"));
        assertRefused(400, "woocommerce_rest_shop_order_invalid_id", send("PUT", "orders/99999999", MANAGER, "{}"));
    }

    @Test
    void notesAreKeptListedByTypeAndDeletedOnlyWithForce() {
        String tag = unique();
        long id = order(tag, product(tag, "2.00", 10), 1, "pending");
        HttpResponse<String> created = send("POST", "orders/" + id + "/notes", MANAGER,
                "{\"note\":\"Your parcel left today\",\"customer_note\":true}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject note = Http.object(created);
        assertEquals(List.of("id", "author", "date_created", "date_created_gmt", "note", "customer_note",
                "added_by_user", "_links"), List.copyOf(note.keySet()));
        assertTrue(note.getBoolean("customer_note"));
        assertTrue(note.getBoolean("added_by_user"));
        long noteId = note.getJsonNumber("id").longValue();
        JsonArray customer = Http.parse(send("GET", "orders/" + id + "/notes?type=customer", MANAGER, null).body())
                .asJsonArray();
        assertEquals(1, customer.size());
        JsonArray internal = Http.parse(send("GET", "orders/" + id + "/notes?type=internal", MANAGER, null).body())
                .asJsonArray();
        assertTrue(internal.stream().noneMatch(n -> n.asJsonObject().getBoolean("customer_note")));
        assertEquals(200, send("GET", "orders/" + id + "/notes/" + noteId, MANAGER, null).statusCode());
        assertRefused(501, "woocommerce_rest_trash_not_supported", send("DELETE", "orders/" + id + "/notes/" + noteId,
                MANAGER, null));
        assertEquals(200, send("DELETE", "orders/" + id + "/notes/" + noteId + "?force=true", MANAGER, null)
                .statusCode());
        assertRefused(404, "woocommerce_rest_invalid_id", send("GET", "orders/" + id + "/notes/" + noteId, MANAGER,
                null));
        assertRefused(400, "rest_missing_callback_param", send("POST", "orders/" + id + "/notes", MANAGER, "{}"));
        assertRefused(404, "woocommerce_rest_order_invalid_id", send("GET", "orders/99999999/notes", MANAGER, null));
    }

    @Test
    void aLineRefundRestocksAndAnAmountRefundMayNotExceedWhatIsLeft() {
        String tag = unique();
        long product = product(tag, "10.00", 10);
        HttpResponse<String> created = send("POST", "orders", MANAGER, "{\"set_paid\":true,\"line_items\":[{"
                + "\"product_id\":" + product + ",\"quantity\":4}],\"billing\":{\"email\":\"" + tag + "@example.com\"}}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject order = Http.object(created);
        long id = order.getJsonNumber("id").longValue();
        long line = order.getJsonArray("line_items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(6, stock(product));

        HttpResponse<String> lineRefund = send("POST", "orders/" + id + "/refunds", MANAGER, "{\"api_refund\":false,"
                + "\"restock_items\":true,\"reason\":\"Broken\",\"line_items\":[{\"id\":" + line + ",\"quantity\":2,"
                + "\"refund_total\":\"20.00\"}]}");
        assertEquals(201, lineRefund.statusCode(), lineRefund.body());
        assertEquals("20.00", Http.object(lineRefund).getString("amount"));
        assertEquals(8, stock(product), "the two refunded units are back");

        HttpResponse<String> amountRefund = send("POST", "orders/" + id + "/refunds", MANAGER,
                "{\"api_refund\":false,\"amount\":\"5.00\"}");
        assertEquals(201, amountRefund.statusCode(), amountRefund.body());
        assertRefused(400, "woocommerce_rest_cannot_create_order_refund", send("POST", "orders/" + id + "/refunds",
                MANAGER, "{\"api_refund\":false,\"amount\":\"15.01\"}"));
        assertRefused(400, "woocommerce_rest_cannot_create_order_refund", send("POST", "orders/" + id + "/refunds",
                MANAGER, "{\"api_refund\":false,\"line_items\":[{\"id\":" + line + ",\"quantity\":3}]}"));
        assertRefused(400, "woocommerce_rest_invalid_order_refund", send("POST", "orders/" + id + "/refunds",
                MANAGER, "{\"api_refund\":false,\"amount\":\"-1\"}"));
        JsonObject after = Http.object(send("GET", "orders/" + id, MANAGER, null));
        assertEquals(2, after.getJsonArray("refunds").size());
        assertEquals("-20.00", after.getJsonArray("refunds").getJsonObject(0).getString("total"));
        assertEquals("processing", after.getString("status"));
        HttpResponse<String> refunds = send("GET", "orders/" + id + "/refunds", MANAGER, null);
        assertEquals("2", refunds.headers().firstValue("X-WP-Total").orElse(""));

        HttpResponse<String> rest = send("POST", "orders/" + id + "/refunds", MANAGER,
                "{\"api_refund\":false,\"amount\":\"15.00\"}");
        assertEquals(201, rest.statusCode(), rest.body());
        assertEquals("refunded", Http.object(send("GET", "orders/" + id, MANAGER, null)).getString("status"),
                "a full refund moves the order to refunded");
    }

    @Test
    void onlyStaffMayCallIt() {
        for (String[] call : new String[][] {{"GET", "orders"}, {"POST", "orders"}, {"GET", "orders/1"},
                {"GET", "orders/1/notes"}, {"GET", "orders/1/refunds"}}) {
            String body = "POST".equals(call[0]) ? "{}" : null;
            assertEquals(401, send(call[0], call[1], null, body).statusCode(), String.join(" ", call));
            assertEquals(403, send(call[0], call[1], CUSTOMER, body).statusCode(), String.join(" ", call));
        }
    }

    @Test
    void badInputIsRefusedWithWooCommercesCodesNeverA500() {
        String tag = unique();
        long product = product(tag, "1.00", 5);
        assertRefused(400, "woocommerce_rest_invalid_product_id", send("POST", "orders", MANAGER,
                "{\"line_items\":[{\"product_id\":99999999,\"quantity\":1}]}"));
        assertRefused(400, "woocommerce_rest_invalid_product_id", send("POST", "orders", MANAGER,
                "{\"line_items\":[{\"quantity\":1}]}"));
        assertRefused(400, "woocommerce_rest_invalid_product_quantity", send("POST", "orders", MANAGER,
                "{\"line_items\":[{\"product_id\":" + product + ",\"quantity\":-2}]}"));
        assertRefused(400, "rest_invalid_param", send("POST", "orders", MANAGER, "{\"status\":\"shipped\"}"));
        assertRefused(400, "rest_invalid_param", send("POST", "orders", MANAGER,
                "{\"billing\":{\"first_name\":\"" + "x".repeat(5000) + "\"}}"));
        assertRefused(400, "rest_invalid_param", send("POST", "orders", MANAGER,
                "{\"billing\":{\"country\":\"Germany\"}}"));
        assertRefused(400, "rest_invalid_param", send("POST", "orders", MANAGER,
                "{\"shipping_lines\":[{\"method_id\":\"flat_rate\",\"total\":\"1e999\"}]}"));
        assertRefused(400, "woocommerce_rest_invalid_coupon", send("POST", "orders", MANAGER,
                "{\"coupon_lines\":[{\"code\":\"no-such-" + tag + "\"}]}"));
        assertRefused(400, "rest_invalid_json", send("POST", "orders", MANAGER, "{\"line_items\":"));
        assertRefused(400, "woocommerce_rest_shop_order_exists", send("POST", "orders", MANAGER, "{\"id\":5}"));
        assertRefused(404, "woocommerce_rest_shop_order_invalid_id", send("GET", "orders/99999999", MANAGER, null));
        assertRefused(404, "woocommerce_rest_invalid_order_id", send("POST", "orders/99999999/refunds", MANAGER,
                "{\"amount\":\"1\"}"));
        assertEquals(5, stock(product), "nothing was taken");
    }

    @Test
    void aDeleteTrashesUnlessForcedAndTheTrashIsListedApart() {
        String tag = unique();
        long id = order(tag, product(tag, "2.50", 10), 1, "pending");
        HttpResponse<String> trashed = send("DELETE", "orders/" + id, MANAGER, null);
        assertEquals(200, trashed.statusCode(), trashed.body());
        assertEquals("trash", Http.object(trashed).getString("status"));
        assertRefused(410, "woocommerce_rest_already_trashed", send("DELETE", "orders/" + id, MANAGER, null));
        assertEquals(List.of(), ids(send("GET", "orders?search=" + tag, MANAGER, null)));
        assertEquals(List.of(id), ids(send("GET", "orders?search=" + tag + "&status=trash", MANAGER, null)));
        HttpResponse<String> untrashed = send("PUT", "orders/" + id, MANAGER, "{\"status\":\"pending\"}");
        assertEquals("pending", Http.object(untrashed).getString("status"), untrashed.body());
        assertEquals(200, send("DELETE", "orders/" + id + "?force=true", ADMIN, null).statusCode());
        assertRefused(404, "woocommerce_rest_shop_order_invalid_id", send("GET", "orders/" + id, MANAGER, null));
    }

    /** An untaxed simple product with managed stock. */
    private long product(String tag, String price, int stock) {
        HttpResponse<String> created = send("POST", "products", ADMIN, "{\"name\":\"Order kite " + tag + "\","
                + "\"regular_price\":\"" + price + "\",\"tax_status\":\"none\",\"manage_stock\":true,"
                + "\"stock_quantity\":" + stock + "}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private int stock(long product) {
        return Http.object(send("GET", "products/" + product, ADMIN, null)).getInt("stock_quantity");
    }

    /** An order of {@code quantity} units, its billing address holding the tag, in {@code status}. */
    private long order(String tag, long product, int quantity, String status) {
        HttpResponse<String> created = send("POST", "orders", MANAGER, "{\"status\":\"" + status + "\","
                + "\"billing\":{\"first_name\":\"Ann\",\"email\":\"" + tag + "@example.com\",\"address_1\":\"Street "
                + tag + "-" + quantity + "\"},\"line_items\":[{\"product_id\":" + product + ",\"quantity\":" + quantity
                + "}]}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(status, Http.object(created).getString("status"));
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.parse(response.body()).asJsonArray().stream().map(o -> o.asJsonObject().getJsonNumber("id")
                .longValue()).toList();
    }

    private static void assertRefused(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = Http.object(response);
        assertEquals(code, error.getString("code"), response.body());
        assertEquals(status, error.getJsonObject("data").getInt("status"));
    }

    private HttpResponse<String> send(String method, String route, String credentials, String body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().at("wp-json/wc/v3/" + route))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = http().send(request);
        assertNotNull(response);
        assertTrue(response.statusCode() != 500 && response.statusCode() < 502, method + " " + route + ": "
                + response.body());
        return response;
    }

    private Http http() {
        return new Http(base);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** Unique per run and test, so a repeated run on a kept database never meets its own leftovers. */
    private static String unique() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
