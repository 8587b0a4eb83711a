package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.headlesscart.api.Captures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authentication over HTTP (contract §7, §10; issue 5 parts 2 and 6): Basic and parameter credentials on every
 * route, login and logout as captures 40, 43 and 60, throttling, and the admin routes' roles, against the demo
 * accounts. Failing attempts come from their own made-up client address (the build trusts {@code X-Forwarded-For}
 * from the loopback, which these tests connect from), so the throttle never locks out a login or address another
 * test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class AuthContract {

    static final String V2 = "wp-json/cocart/v2/";
    static final String CUSTOMER = DemoLogins.CUSTOMER;
    static final String MANAGER = DemoLogins.MANAGER;
    static final String ADMIN = DemoLogins.ADMIN;
    /** Every stored password hash starts so (PasswordHashing's format); no response may ever contain one. */
    static final String HASH_PREFIX = "PBKDF2WithHmacSHA256";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @ArquillianResource
    URL base;

    @Test
    void loginAnswersTheCustomerAsCapture40() {
        HttpResponse<String> response = post("login", basic(CUSTOMER), null, null);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject login = Http.object(response);
        JsonObject capture = Captures.object("40-login");
        // The ITs run with JWT on, so extras holds the add-on's tokens (JwtContract); capture 40 had no add-on, and
        // PHP's empty [] without it is LoginResponseTest's.
        JsonObject withoutAddOn = jakarta.json.Json.createObjectBuilder(login)
                .add("extras", JsonValue.EMPTY_JSON_ARRAY).build();
        assertEquals(Captures.shape(capture), Captures.shape(withoutAddOn),
                "R-LOGIN: keys, order and JSON types of capture 40");
        for (String same : List.of("user_id", "first_name", "last_name", "display_name", "role", "email", "dev_note")) {
            assertEquals(capture.get(same), login.get(same), "R-LOGIN: " + same + " as captured");
        }
        assertEquals(List.of("jwt_token", "jwt_refresh"), List.copyOf(login.getJsonObject("extras").keySet()));
        assertTrue(login.getJsonObject("avatar_urls").getString("96").contains("gravatar.com/avatar/"));
        assertFalse(response.headers().firstValue("CoCart-API-Cart-Key").isPresent(), "login touches no cart");
    }

    @Test
    void theLoginMayBeAnEmailOrBillingPhoneInParametersFormOrJson() {
        String query = "login?username=" + encode("customer@example.com") + "&password=customerpass";
        HttpResponse<String> byQuery = post(query, null, null, null);
        HttpResponse<String> byForm = post("login", null, "application/x-www-form-urlencoded",
                "username=" + encode("+14155550123") + "&password=customerpass");
        HttpResponse<String> byJson = post("login", null, "application/json",
                "{\"username\":\"customer\",\"password\":\"customerpass\"}");
        HttpResponse<String> byEmailHeader = post("login", basic("customer@example.com:customerpass"), null, null);

        for (HttpResponse<String> response : List.of(byQuery, byForm, byJson, byEmailHeader)) {
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("2", Http.object(response).getString("user_id"));
        }
    }

    @Test
    void aWrongPasswordIsCapture60WithCoCart48sMessage() {
        HttpResponse<String> response = post("login", basic("customer:wrong"), null, null, freshAddress());

        assertEquals(401, response.statusCode());
        JsonObject error = Http.object(response);
        JsonObject capture = Captures.object("60-error-login-bad-password");
        assertEquals(Captures.shape(capture), Captures.shape(error));
        assertEquals(capture.getString("code"), error.getString("code"));
        assertEquals(capture.getJsonObject("data"), error.getJsonObject("data"));
        assertEquals("The password you entered is incorrect.", error.getString("message"));
    }

    @Test
    void anUnknownLoginAndHalfCredentialsAre401() {
        String address = freshAddress();
        HttpResponse<String> unknown = post("login", basic("nobody-" + run() + ":whatever"), null, null, address);
        HttpResponse<String> loginOnly = post("login?username=customer", null, null, null, address);
        HttpResponse<String> passwordOnly = post("login", basic(":customerpass"), null, null, address);

        assertEquals(401, unknown.statusCode());
        assertEquals("cocart_authentication_error", Http.object(unknown).getString("code"));
        assertEquals("Authentication is invalid. Please check your login details are correct and try again.",
                Http.object(unknown).getString("message"));
        for (HttpResponse<String> half : List.of(loginOnly, passwordOnly)) {
            assertEquals(401, half.statusCode());
            assertEquals("cocart_authentication_error", Http.object(half).getString("code"));
            assertEquals("Authentication invalid!", Http.object(half).getString("message"));
        }
    }

    @Test
    void anAnonymousLoginIsNotAuthorizedButAnonymousCartsWork() {
        HttpResponse<String> login = post("login", null, null, null);
        HttpResponse<String> cart = send(HttpRequest.newBuilder(http().at(V2 + "cart")).GET(), null);

        assertEquals(401, login.statusCode());
        assertEquals("cocart_rest_not_authorized", Http.object(login).getString("code"));
        assertEquals(401, Http.object(login).getJsonObject("data").getInt("status"));
        assertEquals(200, cart.statusCode(), "no credentials: a guest, not an error");
    }

    @Test
    void basicWorksOnCartRoutesAndWrongCredentialsThereAre401() {
        HttpResponse<String> cart = send(HttpRequest.newBuilder(http().at(V2 + "cart")).GET(), basic(CUSTOMER));
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(http().at(V2 + "cart")).GET()
                .header("X-Forwarded-For", freshAddress()), basic("customer:nope"));

        assertEquals(200, cart.statusCode(), cart.body());
        assertEquals(401, wrong.statusCode());
        assertEquals("cocart_authentication_error", Http.object(wrong).getString("code"));
    }

    @Test
    void logoutAnswersTrueAsCapture43() {
        HttpResponse<String> response = post("logout", basic(CUSTOMER), null, null);

        assertEquals(200, response.statusCode());
        assertEquals(JsonValue.TRUE, Http.parse("[" + response.body() + "]").asJsonArray().get(0), response.body());
        assertEquals(200, post("login", basic(CUSTOMER), null, null).statusCode(), "nothing to end: still logged in");
    }

    /**
     * Issue 15: the lock is per account and address, so a guesser locks only themselves out; the owner elsewhere
     * signs in. Every spelling of the account is locked where it was guessed: the database finds the same account.
     */
    @Test
    void failuresOnAnAccountFromOneAddressLockOnlyThatAddressOutOfItInEverySpelling() {
        Account account = newAccount();
        try {
            String guesser = freshAddress();
            for (int i = 1; i <= 5; i++) {
                assertEquals(401, post("login", basic(account.username() + ":guess" + i), null, null, guesser)
                        .statusCode());
            }

            for (String spelling : account.spellings()) {
                HttpResponse<String> locked = post("login", basic(spelling + ":" + account.password()), null, null,
                        guesser);
                assertEquals(429, locked.statusCode(), "'" + spelling + "' from the guesser's address: " + locked.body());
                assertEquals("cocart_too_many_attempts", Http.object(locked).getString("code"));
                long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElse("0"));
                assertTrue(retryAfter > 0 && retryAfter <= 900, "seconds until the first failure leaves 15 minutes");
            }
            HttpResponse<String> owner = post("login", basic(account.username() + ":" + account.password()), null,
                    null, freshAddress());
            assertEquals(200, owner.statusCode(), "the owner at another address is not locked out: " + owner.body());
        } finally {
            delete(account);
        }
    }

    /** Issue 15: five failures from an office do not lock a colleague there out of their own account. */
    @Test
    void failuresOnOneAccountDoNotLockAnotherAccountAtTheSameAddress() {
        Account account = newAccount();
        try {
            String office = freshAddress();
            for (int i = 1; i <= 5; i++) {
                post("login", basic(account.username() + ":guess" + i), null, null, office);
            }
            post("login", basic("nobody-" + run() + ":guess"), null, null, office);

            HttpResponse<String> colleague = post("login", basic(CUSTOMER), null, null, office);
            assertEquals(200, colleague.statusCode(), "six failures, far below the address's limit: " + colleague.body());
        } finally {
            delete(account);
        }
    }

    /**
     * Issue 15: the ceiling per account, a hundred failures from any addresses, holds back every spelling of it from
     * every address (that has not signed in to it within the window), so a guesser gains nothing by respelling.
     */
    @Test
    void aHundredFailuresOnAnAccountFromManyAddressesHoldBackEverySpellingOfItEverywhere() throws Exception {
        Account account = newAccount();
        try {
            List<Integer> answers = Parallel.run(100, i -> post("login", basic(account.username() + ":guess" + i),
                    null, null, freshAddress()).statusCode());
            assertTrue(answers.stream().allMatch(status -> status == 401 || status == 429), answers.toString());

            for (String spelling : account.spellings()) {
                HttpResponse<String> held = post("login", basic(spelling + ":" + account.password()), null, null,
                        freshAddress());
                assertEquals(429, held.statusCode(), "'" + spelling + "' from a new address: " + held.body());
                assertTrue(held.headers().firstValue("Retry-After").isPresent());
            }
        } finally {
            delete(account);
        }
    }

    /**
     * Issue 15: a hundred failures from one address, over any logins (here unknown ones, as a flood would be), hold
     * back every login from there, the right password included, except an account that signed in from there within
     * the window.
     */
    @Test
    void aHundredFailuresFromOneAddressHoldBackEveryLoginThatDidNotSignInFromIt() throws Exception {
        String address = freshAddress();
        assertEquals(200, post("login", basic(MANAGER), null, null, address).statusCode());
        String run = run();
        Parallel.run(100, i -> post("login", basic("guess" + i + "-" + run + ":x"), null, null, address));

        HttpResponse<String> held = post("login", basic(CUSTOMER), null, null, address);
        assertEquals(429, held.statusCode(), held.body());
        assertEquals("cocart_too_many_attempts", Http.object(held).getString("code"));
        assertEquals(429, Http.object(held).getJsonObject("data").getInt("status"));
        long retryAfter = Long.parseLong(held.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter > 0 && retryAfter <= 900, "seconds until the first failure leaves 15 minutes: " + retryAfter);
        assertEquals(429, post("login", basic("guess-" + run + ":x"), null, null, address).statusCode(),
                "the flood of unknown logins is bounded");
        assertEquals(200, post("login", basic(MANAGER), null, null, address).statusCode(),
                "the manager signed in from there a moment ago");
        assertEquals(200, post("login", basic(CUSTOMER), null, null, freshAddress()).statusCode(), "another address");
    }

    @Test
    void adminRoutesAre401ForGuests403ForCustomersAndOpenToStaff() {
        HttpResponse<String> anonymous = admin(null);
        HttpResponse<String> customer = admin(basic(CUSTOMER));

        assertEquals(401, anonymous.statusCode());
        assertEquals("cocart_rest_cannot_view", Http.object(anonymous).getString("code"));
        assertEquals(403, customer.statusCode());
        assertEquals("cocart_rest_cannot_view", Http.object(customer).getString("code"));
        assertEquals(403, Http.object(customer).getJsonObject("data").getInt("status"));
        assertEquals(200, admin(basic(MANAGER)).statusCode(), "shop manager");
        assertEquals(200, admin(basic(ADMIN)).statusCode(), "administrator");
    }

    /** A customer of this test's own, with a billing phone, made through the admin API: its locks disturb nobody. */
    private Account newAccount() {
        String name = "t" + run();
        String phone = "+1555" + (1_000_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(9_000_000_000L));
        String password = "s3cret-" + run();
        HttpResponse<String> created = send(HttpRequest.newBuilder(http().at("wp-json/wc/v3/customers"))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"email\":\"" + name
                        + "@example.com\",\"username\":\"" + name + "\",\"password\":\"" + password
                        + "\",\"billing\":{\"phone\":\"" + phone + "\"}}")), basic(MANAGER));
        assertEquals(201, created.statusCode(), created.body());
        return new Account(Http.object(created).getJsonNumber("id").longValue(), name, name + "@example.com", phone,
                password);
    }

    private record Account(long id, String username, String email, String phone, String password) {

        /** What the database matches to this account: letter case and trailing spaces do not count. */
        List<String> spellings() {
            return List.of(username, username + " ", username.toUpperCase(java.util.Locale.ROOT), email,
                    email.toUpperCase(java.util.Locale.ROOT) + "  ", phone, phone + " ");
        }
    }

    private void delete(Account account) {
        HttpResponse<String> deleted = send(HttpRequest.newBuilder(
                http().at("wp-json/wc/v3/customers/" + account.id() + "?force=true")).DELETE(), basic(ADMIN));
        assertEquals(200, deleted.statusCode(), deleted.body());
    }

    private HttpResponse<String> admin(String authorization) {
        return send(HttpRequest.newBuilder(http().at("wp-json/wc/v3/products?per_page=1")).GET(), authorization);
    }

    private HttpResponse<String> post(String route, String authorization, String type, String body) {
        return post(route, authorization, type, body, null);
    }

    private HttpResponse<String> post(String route, String authorization, String type, String body, String address) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().at(V2 + route))
                .POST(body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return send(request, authorization);
    }

    /** Every response of this suite is checked for password hashes. */
    private HttpResponse<String> send(HttpRequest.Builder request, String authorization) {
        request.header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http().send(request);
        assertFalse(response.body().contains(HASH_PREFIX), "R-NO-HASH: " + response.body());
        response.headers().map().values().forEach(values -> values.forEach(
                value -> assertFalse(value.contains(HASH_PREFIX), "R-NO-HASH in a header")));
        return response;
    }

    /**
     * Over the loopback address, whatever host the container reports (Payara Micro names the machine's own address):
     * the build trusts only the loopback as a proxy, so that these tests may name a client in X-Forwarded-For.
     */
    private Http http() {
        try {
            return new Http(new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile()));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String basic(String loginColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(loginColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** A client address (TEST-NET-3 range) no other test uses, so that its failures lock out nothing shared. */
    static String freshAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "203.0." + n / 254 % 256 + "." + (n % 254 + 1);
    }

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
