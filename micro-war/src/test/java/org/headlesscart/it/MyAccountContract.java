package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = Http.object(response);
        assertEquals(code, error.getString("code"), response.body());
        assertEquals(status, error.getJsonObject("data").getInt("status"));
    }

    static String unique() {
        return "acc" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    Http http() {
        return new Http(base);
    }
}
