package org.headlesscart.it;

import static org.headlesscart.it.DemoLogins.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration and My Account (COCART-PLUS §1.4, docs/my-account.md) against the running server. Runs on the
 * catalog-writes database: it adds accounts, and its orders need the demo pricing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class MyAccountContract {

    static final String GOOD_PASSWORD = "Tr4nquil-Otter";

    @ArquillianResource
    URL base;

    // ---- POST cocart/v2/register ----

    @Test
    void registrationMakesACustomerWhoCanLogIn() {
        String name = unique();
        HttpResponse<String> made = register("{\"email\":\"" + name + "@example.com\",\"requested_password\":\""
                + GOOD_PASSWORD + "\"}");
        assertEquals(200, made.statusCode(), made.body());
        JsonObject body = Http.object(made);
        assertEquals(List.of("user_id", "username", "message"), List.copyOf(body.keySet()));
        assertEquals(name, body.getString("username"), "made from the e-mail as WooCommerce makes it");
        assertTrue(body.getJsonNumber("user_id").longValue() > 0);
        assertEquals("Your account was created successfully.", body.getString("message"));
        assertTrue(!made.body().contains(GOOD_PASSWORD));
        HttpResponse<String> login = send("POST", "cocart/v2/login", name + ":" + GOOD_PASSWORD, null);
        assertEquals(200, login.statusCode(), login.body());
        assertEquals("Customer", Http.object(login).getString("role"));

        String chosen = "Chosen " + name;
        HttpResponse<String> withName = send("POST", "cocart/v2/register", null, "email=c-" + name
                + "%40example.com&requested_username=" + chosen.replace(" ", "+") + "&requested_password="
                + GOOD_PASSWORD, "application/x-www-form-urlencoded");
        assertEquals(200, withName.statusCode(), withName.body());
        assertEquals(chosen, Http.object(withName).getString("username"));
    }

    @Test
    void registrationRefusesWithCoCartPlusCodes() {
        String name = unique();
        assertEquals(200, register("{\"email\":\"" + name + "@example.com\",\"requested_username\":\"" + name
                + "\",\"requested_password\":\"" + GOOD_PASSWORD + "\"}").statusCode());
        assertRefused(405, "cocart_registration_error_email_exists", register("{\"email\":\"" + name
                + "@example.com\",\"requested_password\":\"" + GOOD_PASSWORD + "\"}"));
        assertRefused(405, "cocart_registration_error_email_exists", register("{\"email\":\"" + name.toUpperCase()
                + "@EXAMPLE.com\",\"requested_password\":\"" + GOOD_PASSWORD + "\"}"));
        assertRefused(405, "cocart_registration_error_username_exists", register("{\"email\":\"u-" + name
                + "@example.com\",\"requested_username\":\"" + name + "\",\"requested_password\":\""
                + GOOD_PASSWORD + "\"}"));
        assertRefused(404, "cocart_registration_invalid_email", register("{\"email\":\"not-an-email\","
                + "\"requested_password\":\"" + GOOD_PASSWORD + "\"}"));
        assertRefused(404, "cocart_registration_error_invalid_username", register("{\"email\":\"i-" + name
                + "@example.com\",\"requested_username\":\"semi;colon\",\"requested_password\":\"" + GOOD_PASSWORD
                + "\"}"));
        assertRefused(404, "registration-error-missing-password", register("{\"email\":\"m-" + name
                + "@example.com\"}"));
        assertRefused(400, "cocart_registration_error_reserved_username", register("{\"email\":\"r-" + name
                + "@example.com\",\"requested_username\":\"Admin\",\"requested_password\":\"" + GOOD_PASSWORD
                + "\"}"));
        for (String weak : List.of("short1A", "alllowercaseletters", "Password123!", "w-" + name + "@example.com")) {
            assertRefused(400, "cocart_registration_error_weak_password", register("{\"email\":\"w-" + name
                    + "@example.com\",\"requested_password\":\"" + weak + "\"}"));
        }
        assertRefused(400, "rest_missing_callback_param", register("{\"requested_password\":\"" + GOOD_PASSWORD
                + "\"}"));
        assertRefused(400, "rest_invalid_param", register("{\"email\":42}"));
        assertRefused(401, "cocart_authentication_error", send("POST", "cocart/v2/login",
                "w-" + name + "@example.com:" + GOOD_PASSWORD, null));
    }

    // ---- my-account ----

    @Test
    void anonymousCallersAreRefused() {
        for (String[] route : new String[][] {{"GET", "my-account"}, {"POST", "my-account"},
                {"PATCH", "my-account/address"}, {"GET", "my-account/downloads"}, {"GET", "my-account/orders"},
                {"POST", "my-account/orders/1/cancel"}}) {
            HttpResponse<String> refused = send(route[0], "cocart/v2/" + route[1], null, route[0].equals("GET")
                    ? null : "{}");
            assertRefused(403, "cocart_access_my_account_denied", refused);
            assertEquals("You need to be logged in to view account!", Http.object(refused).getString("message"));
        }
        HttpResponse<String> order = send("GET", "cocart/v2/my-account/orders/1", null, null);
        assertRefused(403, "cocart_access_my_orders_denied", order);
        assertEquals("You are not logged in! Cannot view order.", Http.object(order).getString("message"));
    }

    @Test
    void aNewCustomerSeesTheirAccountWithoutOrders() {
        Customer jane = newCustomer();
        HttpResponse<String> shown = send("GET", "cocart/v2/my-account", jane.login(), null);
        assertEquals(200, shown.statusCode(), shown.body());
        JsonObject account = Http.object(shown);
        assertEquals(List.of("user", "recent_order", "meta", "extensions"), List.copyOf(account.keySet()));
        JsonObject user = account.getJsonObject("user");
        assertEquals(List.of("id", "date_registered", "email", "first_name", "last_name", "display_name", "addresses",
                "orders_count", "total_spent", "is_paying_customer", "avatar_url"), List.copyOf(user.keySet()));
        assertEquals(jane.id(), user.getJsonNumber("id").longValue());
        assertEquals(jane.email(), user.getString("email"));
        assertEquals(jane.username(), user.getString("display_name"));
        assertEquals(0, user.getInt("orders_count"));
        assertEquals("$0.00", user.getString("total_spent"));
        assertEquals(false, user.getBoolean("is_paying_customer"));
        assertTrue(user.getString("date_registered").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
        assertTrue(user.getString("avatar_url").contains("gravatar"), user.getString("avatar_url"));
        assertEquals(List.of("first_name", "last_name", "company", "address_1", "address_2", "city", "state",
                "postcode", "country", "email", "phone"),
                List.copyOf(user.getJsonObject("addresses").getJsonObject("billing").keySet()));
        assertTrue(account.getJsonObject("recent_order").isNull("order_id"));
        assertEquals(false, account.getJsonObject("meta").getBoolean("is_vat_exempt"));
        assertNoSecrets(shown.body());

        HttpResponse<String> downloads = send("GET", "cocart/v2/my-account/downloads", jane.login(), null);
        assertEquals(200, downloads.statusCode(), downloads.body());
        assertEquals("\"No downloads available yet on this account.\"", downloads.body());
        HttpResponse<String> orders = send("GET", "cocart/v2/my-account/orders", jane.login(), null);
        assertRefused(404, "cocart_account_no_orders", orders);
        assertEquals("No order has been made yet.", Http.object(orders).getString("message"));
        assertRefused(400, "rest_invalid_param", send("GET", "cocart/v2/my-account/orders?order=sideways",
                jane.login(), null));
        assertRefused(400, "rest_invalid_param", send("GET", "cocart/v2/my-account/orders?page=101",
                jane.login(), null));
    }

    @Test
    void accountDetailsChangeWithWooCommercesChecks() {
        Customer jane = newCustomer();
        Customer other = newCustomer();
        String base = "\"account_first_name\":\"Jane\",\"account_last_name\":\"Doe\","
                + "\"account_display_name\":\"Jane D\",\"account_email\":\"" + jane.email() + "\"";
        HttpResponse<String> missing = details(jane, "{\"account_first_name\":\"Jane\",\"account_last_name\":\"\","
                + "\"account_display_name\":\"Jane D\",\"account_email\":\"" + jane.email() + "\"}");
        assertRefused(400, "cocart_account_missing_required_field", missing);
        assertEquals("account_last_name", Http.object(missing).getJsonObject("data").getString("id"));
        assertEquals("Last name is a required field.", Http.object(missing).getString("message"));
        assertRefused(400, "cocart_account_provide_valid_email", details(jane, "{" + base.replace(jane.email(),
                "not-an-email") + "}"));
        assertRefused(403, "cocart_account_email_already_registered", details(jane, "{" + base.replace(jane.email(),
                other.email()) + "}"));
        assertRefused(403, "cocart_cannot_set_email_as_display_name", details(jane, "{" + base.replace("Jane D",
                "x@example.com") + "}"));
        assertRefused(400, "cocart_account_fill_all_password_fields", details(jane, "{" + base
                + ",\"password_current\":\"" + GOOD_PASSWORD + "\"}"));
        assertRefused(400, "cocart_account_enter_current_password", details(jane, "{" + base
                + ",\"password_1\":\"N3w-Secret-Pass\",\"password_2\":\"N3w-Secret-Pass\"}"));
        assertRefused(400, "cocart_account_reenter_password", details(jane, "{" + base + ",\"password_current\":\""
                + GOOD_PASSWORD + "\",\"password_1\":\"N3w-Secret-Pass\"}"));
        assertRefused(400, "cocart_account_new_passwords_do_not_match", details(jane, "{" + base
                + ",\"password_current\":\"" + GOOD_PASSWORD + "\",\"password_1\":\"N3w-Secret-Pass\","
                + "\"password_2\":\"Other-Secret-1\"}"));
        assertRefused(400, "cocart_account_incorrect_current_password", details(jane, "{" + base
                + ",\"password_current\":\"Wrong-Pass-1\",\"password_1\":\"N3w-Secret-Pass\","
                + "\"password_2\":\"N3w-Secret-Pass\"}"));
        assertRefused(400, "cocart_account_weak_password", details(jane, "{" + base + ",\"password_current\":\""
                + GOOD_PASSWORD + "\",\"password_1\":\"Password123\",\"password_2\":\"Password123\"}"));

        String newEmail = "new-" + jane.email();
        HttpResponse<String> changed = details(jane, "{" + base.replace(jane.email(), newEmail)
                + ",\"password_current\":\"" + GOOD_PASSWORD + "\",\"password_1\":\"N3w-Secret-Pass\","
                + "\"password_2\":\"N3w-Secret-Pass\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("{\"success\":true,\"email_verification_pending\":false}", changed.body());
        assertEquals(401, send("GET", "cocart/v2/my-account", jane.login(), null).statusCode(), "old password");
        HttpResponse<String> shown = send("GET", "cocart/v2/my-account", jane.username() + ":N3w-Secret-Pass", null);
        assertEquals(200, shown.statusCode(), shown.body());
        JsonObject user = Http.object(shown).getJsonObject("user");
        assertEquals(newEmail, user.getString("email"));
        assertEquals("Jane", user.getString("first_name"));
        assertEquals("Jane D", user.getString("display_name"));
    }

    @Test
    void addressesChangePartiallyAndAllProblemsAreNamedAtOnce() {
        Customer jane = newCustomer();
        HttpResponse<String> changed = send("PATCH", "cocart/v2/my-account/address", jane.login(),
                "{\"billing_address\":{\"first_name\":\"Jane\",\"city\":\"Toronto\",\"country\":\"CA\","
                        + "\"postcode\":\"k1a0b1\",\"phone\":\"+1 416 555 0100\"},\"shipping_address\":{\"city\":\"Paris\"}}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject addresses = Http.object(changed).getJsonObject("addresses");
        assertEquals("K1A 0B1", addresses.getJsonObject("billing").getString("postcode"));
        assertEquals("Paris", addresses.getJsonObject("shipping").getString("city"));
        HttpResponse<String> again = send("PATCH", "cocart/v2/my-account/address", jane.login(),
                "{\"billing_address\":{\"address_1\":\"1 Front St\"}}");
        assertEquals(200, again.statusCode(), again.body());
        JsonObject billing = Http.object(again).getJsonObject("addresses").getJsonObject("billing");
        assertEquals("Toronto", billing.getString("city"), "not sent, so kept");
        assertEquals("1 Front St", billing.getString("address_1"));

        HttpResponse<String> bad = send("PATCH", "cocart/v2/my-account/address", jane.login(),
                "{\"billing_address\":{\"email\":\"nope\",\"country\":\"US\",\"postcode\":\"ABCDE\"},"
                        + "\"shipping_address\":{\"country\":\"XX\"}}");
        assertRefused(400, "cocart_invalid_address_fields", bad);
        String message = Http.object(bad).getString("message");
        assertTrue(message.contains("not a valid email address") && message.contains("not a valid postcode")
                && message.contains("'XX' is not a valid country code."), message);
        JsonObject kept = Http.object(send("GET", "cocart/v2/my-account", jane.login(), null)).getJsonObject("user")
                .getJsonObject("addresses").getJsonObject("billing");
        assertEquals("CA", kept.getString("country"), "all or nothing");
        assertRefused(400, "cocart_no_address_data", send("PATCH", "cocart/v2/my-account/address", jane.login(),
                "{}"));
    }

    // ---- my-account/orders (orders placed through POST /checkout, moved by wc/v3/orders) ----

    @Test
    void aCustomerListsReadsAndCancelsTheirOwnOrdersOnly() {
        Customer jane = newCustomer();
        Customer other = newCustomer();
        long product = product("Account kite " + unique(), "12.50");
        long paid = placeAsCustomer(jane, product, 2, "\"payment_method\":\"cod\"");
        long third = placeAsCustomer(jane, product, 1, "\"payment_method\":\"cod\"");
        // Last: a declined payment keeps the cart's line, which would join a later order.
        long failed = placeAsCustomer(jane, product, 1, card(DECLINED));

        HttpResponse<String> firstPage = send("GET", "cocart/v2/my-account/orders?per_page=2", jane.login(), null);
        assertEquals(200, firstPage.statusCode(), firstPage.body());
        JsonObject list = Http.object(firstPage);
        List<JsonObject> orders = list.getJsonArray("orders").getValuesAs(JsonObject.class);
        assertEquals(List.of(failed, third), orders.stream().map(o -> o.getJsonNumber("order_id").longValue())
                .toList(), "newest first");
        JsonObject failedRow = orders.get(0);
        assertEquals("Failed", failedRow.getString("order_status"));
        assertTrue(failedRow.getJsonObject("order_actions").containsKey("cancel"));
        assertTrue(failedRow.getJsonObject("order_actions").containsKey("pay"));
        JsonObject processing = orders.get(1);
        assertEquals("Processing", processing.getString("order_status"));
        assertTrue(processing.getString("order_date").matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{1,2}:\\d\\d [ap]m"),
                processing.getString("order_date"));
        assertEquals(1, processing.getInt("item_count"));
        assertTrue(processing.getString("order_total").startsWith("$"), processing.getString("order_total"));
        assertTrue(processing.getJsonObject("order_actions").getJsonObject("view").getString("url")
                .endsWith("/wp-json/cocart/v2/my-account/orders/" + third));
        assertFalse(processing.getJsonObject("order_actions").containsKey("cancel"), "processing: too late");
        assertTrue(list.getJsonObject("pagination").getString("next").contains("page=2"));
        assertFalse(list.getJsonObject("pagination").containsKey("previous"));
        JsonObject secondPage = Http.object(send("GET", "cocart/v2/my-account/orders?per_page=2&page=2",
                jane.login(), null));
        assertEquals(paid, secondPage.getJsonArray("orders").getJsonObject(0).getJsonNumber("order_id").longValue());
        assertTrue(secondPage.getJsonObject("pagination").getString("previous").contains("page=1"));
        JsonObject oldestFirst = Http.object(send("GET", "cocart/v2/my-account/orders?order=ASC&per_page=500",
                jane.login(), null));
        assertEquals(3, oldestFirst.getJsonArray("orders").size(), "per_page is clamped, not refused");
        assertEquals(paid, oldestFirst.getJsonArray("orders").getJsonObject(0).getJsonNumber("order_id").longValue());

        HttpResponse<String> read = send("GET", "cocart/v2/my-account/orders/" + paid, jane.login(), null);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject order = Http.object(read);
        assertEquals(List.of("order_id", "order_key", "order_number", "order_parent", "order_date", "order_status",
                "order_currency", "billing_address", "shipping_address", "phone", "email", "ship_to_billing", "items",
                "totals", "order_note", "order_notes", "downloads", "order_actions"), List.copyOf(order.keySet()));
        assertTrue(order.getString("order_key").startsWith("wc_order_"));
        assertEquals("USD", order.getString("order_currency"));
        assertTrue(order.getString("billing_address").contains("New York"), order.getString("billing_address"));
        assertEquals(jane.email(), order.getString("email"));
        JsonObject item = order.getJsonArray("items").getJsonObject(0);
        assertEquals(product, item.getJsonNumber("product_id").longValue());
        assertEquals("2", item.getString("quantity"));
        assertEquals("$25.00", item.getString("subtotal"));
        assertEquals("0", item.getString("refunded_qty"));
        assertEquals("Total:", order.getJsonObject("totals").getJsonObject("total").getString("label"));
        assertEquals("Cash on delivery", order.getJsonObject("totals").getJsonObject("payment_method")
                .getString("value"));

        assertRefused(404, "cocart_order_does_not_exist", send("GET", "cocart/v2/my-account/orders/" + paid,
                other.login(), null));
        assertEquals("Order #" + paid + " does not exist.", Http.object(send("GET", "cocart/v2/my-account/orders/"
                + paid, other.login(), null)).getString("message"));
        assertRefused(404, "cocart_order_does_not_exist", send("GET", "cocart/v2/my-account/orders/" + paid
                + "?email=" + jane.email(), null, null), "a registered customer's order is not a guest's");
        assertRefused(404, "cocart_order_does_not_exist", send("POST", "cocart/v2/my-account/orders/" + failed
                + "/cancel", other.login(), null));
        assertRefused(404, "cocart_account_no_orders", send("GET", "cocart/v2/my-account/orders", other.login(),
                null));

        assertRefused(400, "cocart_order_cannot_be_cancelled", send("POST", "cocart/v2/my-account/orders/" + paid
                + "/cancel", jane.login(), null));
        HttpResponse<String> cancelled = send("POST", "cocart/v2/my-account/orders/" + failed + "/cancel",
                jane.login(), null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("{\"success\":true,\"order_id\":" + failed + ",\"order_status\":\"Cancelled\"}",
                cancelled.body());
        assertEquals("cancelled", adminOrder(failed).getString("status"));
        assertRefused(400, "cocart_order_cannot_be_cancelled", send("POST", "cocart/v2/my-account/orders/" + failed
                + "/cancel", jane.login(), null));

        JsonObject user = Http.object(send("GET", "cocart/v2/my-account", jane.login(), null)).getJsonObject("user");
        assertEquals(3, user.getInt("orders_count"));
        assertEquals(true, user.getBoolean("is_paying_customer"));
        long spent = adminTotal(paid) + adminTotal(third);
        assertEquals(String.format("$%,d.%02d", spent / 100, spent % 100), user.getString("total_spent"),
                "the paid orders only");
        JsonObject recent = Http.object(send("GET", "cocart/v2/my-account", jane.login(), null))
                .getJsonObject("recent_order");
        assertEquals(failed, recent.getJsonNumber("order_id").longValue());
        assertTrue(recent.getString("order_data").endsWith("/my-account/orders/" + failed));
    }

    @Test
    void aGuestReadsAGuestOrderByItsBillingEmailAndCancelsItOnlyWithItsKey() {
        long product = product("Guest kite " + unique(), "8.00");
        String email = unique() + "@example.com";
        String key = new CartJourney(http()).newCartWith(Long.toString(product), "1");
        JsonObject placed = Http.object(ok(checkout(key, null, card(DECLINED), email)));
        long id = placed.getJsonNumber("order_id").longValue();
        String orderKey = placed.getString("order_key");

        HttpResponse<String> read = send("GET", "cocart/v2/my-account/orders/" + id + "?email=" + email, null, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("Failed", Http.object(read).getString("order_status"));
        assertEquals("", Http.object(read).getString("order_key"), "an e-mail alone does not reveal the order key");
        assertEquals(0, Http.object(read).getJsonObject("order_actions").size(), "nor the pay and cancel links");
        HttpResponse<String> upperCase = send("GET", "cocart/v2/my-account/orders/" + id + "?email="
                + email.toUpperCase(), null, null);
        assertEquals(200, upperCase.statusCode(), "e-mails compare without case: " + upperCase.body());
        assertRefused(404, "cocart_order_does_not_exist", send("GET", "cocart/v2/my-account/orders/" + id
                + "?email=someone-else%40example.com", null, null));
        assertRefused(404, "cocart_order_does_not_exist", send("GET", "cocart/v2/my-account/orders/" + id,
                newCustomer().login(), null), "a logged-in customer does not see guests' orders");
        // Order ids count up: an id and a known e-mail must not be enough to cancel someone's order.
        assertRefused(404, "cocart_order_does_not_exist", send("POST", "cocart/v2/my-account/orders/" + id
                + "/cancel?email=" + email, null, null));
        assertRefused(404, "cocart_order_does_not_exist", send("POST", "cocart/v2/my-account/orders/" + id
                + "/cancel?email=" + email + "&order_key=wc_order_wrongwrongwro", null, null));
        assertEquals("failed", adminOrder(id).getString("status"));
        HttpResponse<String> withKey = send("GET", "cocart/v2/my-account/orders/" + id + "?email=" + email
                + "&order_key=" + orderKey, null, null);
        assertEquals(orderKey, Http.object(withKey).getString("order_key"), withKey.body());
        HttpResponse<String> cancelled = send("POST", "cocart/v2/my-account/orders/" + id + "/cancel?email="
                + email + "&order_key=" + orderKey, null, null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("cancelled", adminOrder(id).getString("status"));
    }

    @Test
    void aGuestCheckoutWithCreateAccountMakesTheCustomerWhoOwnsTheOrder() {
        long product = product("New customer kite " + unique(), "9.00");
        String name = unique();
        String email = name + "@example.com";
        String account = ",\"create_account\":true,\"customer_password\":\"" + GOOD_PASSWORD + "\"";
        String key = new CartJourney(http()).newCartWith(Long.toString(product), "1");
        JsonObject placed = Http.object(ok(checkout(key, null, "\"payment_method\":\"cod\"" + account, email)));
        long customerId = placed.getJsonNumber("customer_id").longValue();
        assertTrue(customerId > 0, placed.toString());

        HttpResponse<String> mine = send("GET", "cocart/v2/my-account/orders", email + ":" + GOOD_PASSWORD, null);
        assertEquals(200, mine.statusCode(), "the new customer logs in with the e-mail: " + mine.body());
        assertEquals(placed.getJsonNumber("order_id").longValue(), Http.object(mine).getJsonArray("orders")
                .getJsonObject(0).getJsonNumber("order_id").longValue());
        assertEquals(name, Http.object(send("GET", "cocart/v2/my-account", email + ":" + GOOD_PASSWORD, null))
                .getJsonObject("user").getString("display_name"), "username made from the e-mail");

        String again = new CartJourney(http()).newCartWith(Long.toString(product), "1");
        HttpResponse<String> taken = checkout(again, null, "\"payment_method\":\"cod\"" + account, email);
        assertRefused(400, "cocart_account_creation_failed", taken);
        assertEquals("An account is already registered with your email address. Please log in.",
                Http.object(taken).getString("message"));
        HttpResponse<String> weak = checkout(again, null, "\"payment_method\":\"cod\",\"create_account\":true,"
                + "\"customer_password\":\"password1\"", "w-" + email);
        assertRefused(400, "cocart_account_creation_failed", weak);
        assertRefused(401, "cocart_authentication_error", send("GET", "cocart/v2/my-account", "w-" + email + ":password1",
                null));
    }

    // ---- reviews: a verified purchase is a completed or processing order of the product ----

    @Test
    void aReviewIsAcceptedAsVerifiedAfterACompletedOrderAndRefusedWithout() {
        Customer jane = newCustomer();
        long product = product("Reviewed kite " + unique(), "20.00");
        assertRefused(403, "cocart_cannot_create", review(product, jane.email(), null));
        long bankTransfer = placeAsCustomer(jane, product, 1, "\"payment_method\":\"bacs\"");
        assertRefused(403, "cocart_cannot_create", review(product, jane.email(), null), "on-hold is not bought");
        ok(admin("PUT", "orders/" + bankTransfer, "{\"status\":\"completed\"}"));

        HttpResponse<String> byEmail = review(product, jane.email(), null);
        assertEquals(201, byEmail.statusCode(), byEmail.body());
        assertEquals(true, Http.object(byEmail).getBoolean("verified"));
        HttpResponse<String> byLogin = review(product, "another-" + jane.email(), jane.login());
        assertEquals(201, byLogin.statusCode(), "the logged-in buyer, whatever e-mail: " + byLogin.body());
        assertRefused(403, "cocart_cannot_create", review(product, "stranger-" + unique() + "@example.com", null));
    }

    // ---- helpers ----

    HttpResponse<String> register(String json) {
        return send("POST", "cocart/v2/register", null, json);
    }

    HttpResponse<String> send(String method, String path, String login, String body) {
        return send(method, path, login, body, "application/json");
    }

    HttpResponse<String> send(String method, String path, String login, String body, String type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().at("wp-json/" + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", type);
        }
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return http().send(request);
    }

    static void assertRefused(int status, String code, HttpResponse<String> response) {
        assertRefused(status, code, response, "");
    }

    static void assertRefused(int status, String code, HttpResponse<String> response, String why) {
        assertEquals(status, response.statusCode(), why + " " + response.body());
        JsonObject error = Http.object(response);
        assertEquals(code, error.getString("code"), response.body());
        assertEquals(status, error.getJsonObject("data").getInt("status"));
    }

    static final String DECLINED = "4000000000000002";

    HttpResponse<String> review(long product, String email, String login) {
        return send("POST", "cocart/v2/products/reviews", login, "{\"product_id\":" + product
                + ",\"review\":\"Flies well.\",\"reviewer\":\"Jane\",\"reviewer_email\":\"" + email
                + "\",\"rating\":5}");
    }

    /** The customer's cart with {@code quantity} of the product, checked out; the order's id. */
    long placeAsCustomer(Customer customer, long product, int quantity, String payment) {
        ok(send("POST", "cocart/v2/cart/add-item", customer.login(), CartJourney.addBody(Long.toString(product),
                Integer.toString(quantity))));
        return Http.object(ok(checkout(null, customer.login(), payment, customer.email())))
                .getJsonNumber("order_id").longValue();
    }

    /** POST /checkout with a New York billing address (flat_rate:1 ships there in the demo store). */
    HttpResponse<String> checkout(String cartKey, String login, String payment, String email) {
        String address = "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"address_1\":\"1 Main St\","
                + "\"city\":\"New York\",\"state\":\"NY\",\"postcode\":\"10001\",\"country\":\"US\","
                + "\"email\":\"" + email + "\",\"phone\":\"+1 212 555 0100\"}";
        return send("POST", "cocart/v2/checkout" + (cartKey == null ? "" : "?cart_key=" + cartKey), login,
                "{\"billing_address\":" + address + ",\"shipping_method\":\"flat_rate:1\"," + payment + "}");
    }

    static String card(String number) {
        return "\"payment_method\":\"testcard\",\"payment_data\":[{\"key\":\"card_number\",\"value\":\""
                + number + "\"}]";
    }

    long product(String name, String price) {
        HttpResponse<String> created = admin("POST", "products", "{\"name\":\"" + name + "\",\"regular_price\":\""
                + price + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    JsonObject adminOrder(long id) {
        return Http.object(ok(admin("GET", "orders/" + id, null)));
    }

    /** The order's total in cents, from WooCommerce's decimal string. */
    long adminTotal(long id) {
        return new java.math.BigDecimal(adminOrder(id).getString("total")).movePointRight(2).longValueExact();
    }

    HttpResponse<String> admin(String method, String path, String json) {
        return send(method, "wc/v3/" + path, ADMIN, json);
    }

    static HttpResponse<String> ok(HttpResponse<String> answer) {
        if (answer.statusCode() >= 300) {
            throw new AssertionError(answer.uri() + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }

    HttpResponse<String> details(Customer customer, String json) {
        return send("POST", "cocart/v2/my-account", customer.login(), json);
    }

    /** A registered customer with {@link #GOOD_PASSWORD}. */
    record Customer(long id, String username, String email) {

        String login() {
            return username + ":" + GOOD_PASSWORD;
        }
    }

    Customer newCustomer() {
        String name = unique();
        HttpResponse<String> made = register("{\"email\":\"" + name + "@example.com\",\"requested_password\":\""
                + GOOD_PASSWORD + "\"}");
        assertEquals(200, made.statusCode(), made.body());
        JsonObject body = Http.object(made);
        return new Customer(body.getJsonNumber("user_id").longValue(), body.getString("username"),
                name + "@example.com");
    }

    static void assertNoSecrets(String body) {
        assertTrue(!body.contains("PBKDF2") && !body.contains(GOOD_PASSWORD), body);
    }

    static String unique() {
        return "acc" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    Http http() {
        return new Http(base);
    }
}
