package org.headlesscart.it;

import static org.headlesscart.it.DemoLogins.ADMIN;
import static org.headlesscart.it.DemoLogins.CUSTOMER;
import static org.headlesscart.it.DemoLogins.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The admin customers API ({@code wc/v3/customers}, docs/customers-admin.md) against the running server: what a
 * created customer can do (log in, own a cart), what changes and deletes take with them, and who may call it. Runs
 * on a database of its own, as it adds and deletes accounts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CustomersAdminContract {

    @ArquillianResource
    URL base;

    @Test
    void aCreatedCustomerIsShownAsWooCommerceShowsOneAndCanLogIn() {
        String name = unique();
        HttpResponse<String> created = send("POST", "customers", MANAGER, "{\"email\":\"" + name
                + "@example.com\",\"first_name\":\"Ann\",\"last_name\":\"Lee\",\"password\":\"s3cret-pass\","
                + "\"billing\":{\"city\":\"Berlin\",\"postcode\":\"10115\",\"country\":\"DE\",\"phone\":\"+49 30 1234567\","
                + "\"unknown\":\"ignored\"},\"shipping\":{\"city\":\"Paris\",\"country\":\"FR\",\"postcode\":\"75001\"}}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject customer = Http.object(created);
        long id = customer.getJsonNumber("id").longValue();
        assertEquals(http().at("wp-json/wc/v3/customers/" + id).toString(),
                created.headers().firstValue("Location").orElse(""));
        assertEquals(List.of("id", "date_created", "date_created_gmt", "date_modified", "date_modified_gmt", "email",
                "first_name", "last_name", "role", "username", "billing", "shipping", "is_paying_customer",
                "avatar_url", "meta_data", "_links"), List.copyOf(customer.keySet()));
        assertEquals("customer", customer.getString("role"));
        assertEquals(name, customer.getString("username"), "made from the e-mail's local part");
        assertEquals(List.of("first_name", "last_name", "company", "address_1", "address_2", "city", "state",
                "postcode", "country", "email", "phone"), List.copyOf(customer.getJsonObject("billing").keySet()));
        assertEquals("Berlin", customer.getJsonObject("billing").getString("city"));
        assertFalse(customer.getJsonObject("shipping").containsKey("email"));
        assertEquals("Paris", customer.getJsonObject("shipping").getString("city"));
        assertNoSecrets(created.body());

        HttpResponse<String> login = login(name + ":s3cret-pass");
        assertEquals(200, login.statusCode(), login.body());
        assertEquals(String.valueOf(id), Http.object(login).getString("user_id"));
        HttpResponse<String> byPhone = login("+49 30 1234567:s3cret-pass");
        assertEquals(200, byPhone.statusCode(), "the billing phone is a login: " + byPhone.body());

        HttpResponse<String> read = send("GET", "customers/" + id, ADMIN, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(customer, Http.object(read));
        delete(id);
    }

    @Test
    void anUpdateChangesOnlyWhatIsSentAndANewPasswordEndsTheOldOne() {
        String name = unique();
        long id = create(name, "first-pass");
        HttpResponse<String> updated = send("PUT", "customers/" + id, MANAGER,
                "{\"first_name\":\"James\",\"billing\":{\"first_name\":\"James\",\"city\":\"Toronto\","
                        + "\"country\":\"CA\",\"postcode\":\"k1a0b1\"},\"password\":\"second-pass\"}");
        assertEquals(200, updated.statusCode(), updated.body());
        JsonObject customer = Http.object(updated);
        assertEquals("James", customer.getString("first_name"));
        assertEquals("Lee", customer.getString("last_name"), "not sent, so kept");
        assertEquals("K1A 0B1", customer.getJsonObject("billing").getString("postcode"), "normalized as WooCommerce");
        assertEquals("James", customer.getJsonObject("billing").getString("first_name"));
        assertAll401(login(name + ":first-pass"));
        assertEquals(200, login(name + ":second-pass").statusCode());

        HttpResponse<String> patched = send("PATCH", "customers/" + id, ADMIN, "{\"email\":\"" + name
                + "@example.org\"}");
        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals(name + "@example.org", Http.object(patched).getString("email"));
        assertEquals("Toronto", Http.object(patched).getJsonObject("billing").getString("city"));
        delete(id);
    }

    @Test
    void badInputIsRefusedWithWooCommercesCodesAndStoresNothing() {
        String name = unique();
        long id = create(name, "a-password");
        assertRefused(400, "registration-error-email-exists", send("POST", "customers", MANAGER,
                "{\"email\":\"" + name + "@example.com\",\"password\":\"another-pass\"}"));
        assertRefused(400, "registration-error-username-exists", send("POST", "customers", MANAGER,
                "{\"email\":\"other-" + name + "@example.com\",\"username\":\"" + name + "\",\"password\":\"x-pass-123\"}"));
        assertRefused(400, "registration-error-invalid-email", send("POST", "customers", MANAGER,
                "{\"email\":\"not-an-email\",\"password\":\"x-pass-123\"}"));
        assertRefused(400, "registration-error-invalid-email", send("POST", "customers", MANAGER,
                "{\"password\":\"x-pass-123\"}"));
        assertRefused(400, "registration-error-missing-password", send("POST", "customers", MANAGER,
                "{\"email\":\"p-" + name + "@example.com\"}"));
        HttpResponse<String> shortPassword = send("POST", "customers", MANAGER,
                "{\"email\":\"s-" + name + "@example.com\",\"password\":\"short\"}");
        assertRefused(400, "rest_invalid_param", shortPassword);
        assertTrue(Http.object(shortPassword).getJsonObject("data").getJsonObject("params").containsKey("password"));
        HttpResponse<String> badPostcode = send("PUT", "customers/" + id, MANAGER,
                "{\"first_name\":\"Changed\",\"billing\":{\"country\":\"US\",\"postcode\":\"ABCDE\"}}");
        assertRefused(400, "rest_invalid_param", badPostcode);
        assertTrue(Http.object(badPostcode).getJsonObject("data").getJsonObject("params").getString("billing")
                .contains("ZIP"), badPostcode.body());
        assertRefused(400, "rest_invalid_param", send("PUT", "customers/" + id, MANAGER, "{\"billing\":\"Berlin\"}"));
        assertRefused(400, "woocommerce_rest_customer_invalid_argument", send("PUT", "customers/" + id, MANAGER,
                "{\"username\":\"renamed\"}"));
        assertRefused(400, "woocommerce_rest_customer_exists", send("POST", "customers", MANAGER,
                "{\"id\":" + id + ",\"email\":\"i-" + name + "@example.com\",\"password\":\"x-pass-123\"}"));
        assertRefused(400, "rest_invalid_json", send("POST", "customers", MANAGER, "{\"email\":"));
        assertRefused(404, "woocommerce_rest_invalid_id", send("GET", "customers/999999", MANAGER, null));
        assertRefused(404, "woocommerce_rest_invalid_id", send("PUT", "customers/999999", MANAGER, "{}"));

        JsonObject unchanged = Http.object(send("GET", "customers/" + id, MANAGER, null));
        assertEquals("Ann", unchanged.getString("first_name"), "a refused update changes nothing");
        assertEquals(name + "@example.com", unchanged.getString("email"));
        delete(id);
    }

    @Test
    void deletingACustomerNeedsForceAndTakesTheirCartAndLoginsWithIt() {
        String name = unique();
        long id = create(name, "cart-owner-pass");
        String credentials = name + ":cart-owner-pass";
        HttpResponse<String> added = http().send(HttpRequest.newBuilder(http().at("wp-json/cocart/v2/cart/add-item"))
                .header("Content-Type", "application/json").header("Authorization", basic(credentials))
                .POST(HttpRequest.BodyPublishers.ofString(CartJourney.addBody("10", "2"))));
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(String.valueOf(id), Http.object(added).getString("cart_key"));
        assertEquals(200, session(id).statusCode(), "the customer's cart is in session");

        assertRefused(501, "woocommerce_rest_trash_not_supported", send("DELETE", "customers/" + id, MANAGER, null));
        assertEquals(200, login(credentials).statusCode(), "not deleted without force");

        HttpResponse<String> deleted = send("DELETE", "customers/" + id + "?force=true", MANAGER, null);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(name, Http.object(deleted).getString("username"));
        assertRefused(404, "woocommerce_rest_invalid_id", send("GET", "customers/" + id, MANAGER, null));
        assertAll401(login(credentials));
        assertEquals(404, session(id).statusCode(), "their cart went with them");
        assertRefused(404, "woocommerce_rest_invalid_id", send("DELETE", "customers/" + id + "?force=true",
                MANAGER, null));
    }

    @Test
    void onlyStaffCallItAndStaffAccountsAreNotItsToChange() {
        long customerId = 2;
        for (String[] call : List.of(new String[] {"GET", "customers"}, new String[] {"GET", "customers/2"},
                new String[] {"POST", "customers"}, new String[] {"PUT", "customers/2"},
                new String[] {"DELETE", "customers/2?force=true"})) {
            String body = call[0].equals("POST") || call[0].equals("PUT") ? "{\"first_name\":\"Mallory\"}" : null;
            assertEquals(401, send(call[0], call[1], null, body).statusCode(), String.join(" ", call));
            assertEquals(403, send(call[0], call[1], CUSTOMER, body).statusCode(), String.join(" ", call));
        }
        assertEquals("Jane", Http.object(send("GET", "customers/" + customerId, ADMIN, null)).getString("first_name"));

        long admin = 1;
        assertRefused(403, "woocommerce_rest_cannot_edit", send("PUT", "customers/" + admin, MANAGER,
                "{\"password\":\"taken-over\"}"));
        assertRefused(403, "woocommerce_rest_cannot_delete", send("DELETE", "customers/" + admin + "?force=true",
                MANAGER, null));
        assertEquals(200, login(ADMIN).statusCode(), "the administrator's password is unchanged");
    }

    @Test
    void theListIsPaginatedSearchableAndFilteredByRole() {
        String tag = unique();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(create(tag + "-" + i, "list-pass-" + i));
        }
        HttpResponse<String> page = send("GET", "customers?search=" + tag + "&per_page=2&orderby=id&order=desc",
                MANAGER, null);
        assertEquals(200, page.statusCode(), page.body());
        JsonArray first = Http.parse(page.body()).asJsonArray();
        assertEquals(2, first.size());
        assertEquals(ids.get(2), first.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("3", page.headers().firstValue("X-WP-Total").orElse(""));
        assertEquals("2", page.headers().firstValue("X-WP-TotalPages").orElse(""));
        assertNoSecrets(page.body());

        JsonArray byEmail = Http.parse(send("GET", "customers?email=" + tag + "-1@example.com", MANAGER, null).body())
                .asJsonArray();
        assertEquals(1, byEmail.size());
        assertEquals(ids.get(1), byEmail.getJsonObject(0).getJsonNumber("id").longValue());

        JsonArray customersOnly = Http.parse(send("GET", "customers?per_page=100", MANAGER, null).body())
                .asJsonArray();
        assertTrue(customersOnly.stream().allMatch(c -> c.asJsonObject().getString("role").equals("customer")));
        JsonArray everyone = Http.parse(send("GET", "customers?role=all&per_page=100", MANAGER, null).body())
                .asJsonArray();
        assertTrue(everyone.stream().anyMatch(c -> c.asJsonObject().getString("role").equals("administrator")));
        assertRefused(400, "rest_invalid_param", send("GET", "customers?role=editor", MANAGER, null));
        assertRefused(400, "rest_invalid_param", send("GET", "customers?per_page=101", MANAGER, null));
        ids.forEach(this::delete);
    }

    @Test
    void twoAdminsCreatingTheSameEmailAtOnceMakeOneAccount() throws Exception {
        String name = unique();
        String body = "{\"email\":\"" + name + "@example.com\",\"password\":\"race-pass-1\"}";
        List<HttpResponse<String>> answers = Parallel.run(4, i -> send("POST", "customers", ADMIN, body));
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        List<String> bodies = answers.stream().map(a -> a.statusCode() + " " + a.body()).toList();
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 400) {
                assertEquals("registration-error-email-exists", Http.object(answer).getString("code"));
            }
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), bodies.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 400).count(), bodies.toString());
        JsonArray found = Http.parse(send("GET", "customers?email=" + name + "@example.com", ADMIN, null).body())
                .asJsonArray();
        assertEquals(1, found.size());
        delete(found.getJsonObject(0).getJsonNumber("id").longValue());
    }

    private long create(String name, String password) {
        HttpResponse<String> created = send("POST", "customers", MANAGER, "{\"email\":\"" + name
                + "@example.com\",\"username\":\"" + name + "\",\"first_name\":\"Ann\",\"last_name\":\"Lee\","
                + "\"password\":\"" + password + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private void delete(long id) {
        HttpResponse<String> deleted = send("DELETE", "customers/" + id + "?force=true", ADMIN, null);
        assertEquals(200, deleted.statusCode(), deleted.body());
    }

    private static void assertNoSecrets(String body) {
        assertFalse(body.contains("PBKDF2"), "no password hash: " + body);
        assertFalse(body.contains("password"), "no password field: " + body);
    }

    private static void assertRefused(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = Http.object(response);
        assertEquals(code, error.getString("code"), response.body());
        assertEquals(status, error.getJsonObject("data").getInt("status"));
    }

    private static void assertAll401(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("cocart_authentication_error", Http.object(response).getString("code"));
    }

    private HttpResponse<String> login(String credentials) {
        return http().send(HttpRequest.newBuilder(http().at("wp-json/cocart/v2/login"))
                .header("Authorization", basic(credentials)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> session(long id) {
        return http().send(HttpRequest.newBuilder(http().at("wp-json/cocart/v2/session/" + id))
                .header("Authorization", basic(MANAGER)).GET());
    }

    private HttpResponse<String> send(String method, String route, String credentials, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().at("wp-json/wc/v3/" + route))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http().send(request);
    }

    private Http http() {
        return new Http(base);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** Unique per run and test, so a repeated run on a kept database never meets its own leftovers. */
    private static String unique() {
        return "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
