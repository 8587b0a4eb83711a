package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JWT, built in (contract §7.1, decision 11; issue 5 part 3): tokens on login, Bearer on every route as the same
 * user as Basic, validate-token, refresh with rotation and reuse detection, logout's revocation, and refusals in the
 * CoCart envelope. The server's key is the one the build generated for this run (ItJwtSecret); this suite reads it
 * to forge tokens only that key can sign: one already expired.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class JwtContract {

    static final String V2 = "wp-json/cocart/v2/";
    static final String JWT = "wp-json/cocart/jwt/";
    static final String CUSTOMER = "customer:customerpass";

    @ArquillianResource
    URL base;

    @Test
    void loginReturnsAnAccessTokenAndARefreshToken() {
        JsonObject extras = login().getJsonObject("extras");

        assertEquals(3, extras.getString("jwt_token").split("\\.").length, "a compact JWS");
        assertTrue(extras.getString("jwt_refresh").length() >= 43, "256 random bits");
    }

    @Test
    void bearerIsTheSameCustomerAsBasicOnEveryRoute() {
        String token = login().getJsonObject("extras").getString("jwt_token");

        HttpResponse<String> loginByBearer = send(v2("login").POST(BodyPublishers.noBody()), bearer(token));
        HttpResponse<String> cartByBearer = send(v2("cart").GET(), bearer(token));
        HttpResponse<String> adminByBearer = send(admin(), bearer(token));
        HttpResponse<String> adminByBasic = send(admin(), AuthContract.basic(CUSTOMER));

        assertEquals(200, loginByBearer.statusCode(), loginByBearer.body());
        assertEquals("2", Http.object(loginByBearer).getString("user_id"));
        assertEquals(200, cartByBearer.statusCode(), cartByBearer.body());
        // A signed-in customer, not a guest: 403, not the anonymous 401; exactly as with Basic. (The cart key of a
        // signed-in customer becoming their user id is the identity work's, issue 5 part 4.)
        assertError(adminByBearer, 403, "cocart_rest_cannot_view");
        assertEquals(adminByBasic.body(), adminByBearer.body());
    }

    private HttpRequest.Builder admin() {
        return HttpRequest.newBuilder(http().at("wp-json/wc/v3/products?per_page=1")).GET();
    }

    @Test
    void validateTokenAnswersTheAddOnsMessage() {
        String token = login().getJsonObject("extras").getString("jwt_token");

        HttpResponse<String> valid = send(jwt("validate-token").POST(BodyPublishers.noBody()), bearer(token));
        HttpResponse<String> none = send(jwt("validate-token").POST(BodyPublishers.noBody()), null);

        assertEquals(200, valid.statusCode(), valid.body());
        assertEquals(Json.createObjectBuilder().add("message", "Token is valid.").build(), Http.object(valid));
        assertError(none, 401, "cocart_authentication_error");
    }

    @Test
    void refreshRotatesAndAReusedRefreshTokenRevokesItsFamily() {
        String first = login().getJsonObject("extras").getString("jwt_refresh");

        HttpResponse<String> refreshed = refresh("application/json", "{\"refresh_token\":\"" + first + "\"}");
        assertEquals(200, refreshed.statusCode(), refreshed.body());
        JsonObject pair = Http.object(refreshed);
        String second = pair.getString("refresh_token");
        assertNotEquals(first, second);
        assertEquals(200, send(jwt("validate-token").POST(BodyPublishers.noBody()), bearer(pair.getString("token")))
                .statusCode(), "the new access token works");

        assertError(refresh("application/x-www-form-urlencoded", "refresh_token=" + first), 401,
                "cocart_authentication_error");
        assertError(refresh("application/json", "{\"refresh_token\":\"" + second + "\"}"), 401,
                "cocart_authentication_error");
    }

    @Test
    void aMissingRefreshTokenIs403() {
        assertError(refresh("application/json", "{}"), 403, "cocart_jwt_auth_missing_refresh_token");
    }

    @Test
    void logoutWithARefreshTokenRevokesIt() {
        JsonObject extras = login().getJsonObject("extras");
        String refreshToken = extras.getString("jwt_refresh");

        HttpResponse<String> logout = send(v2("logout").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"refresh_token\":\"" + refreshToken + "\"}")),
                bearer(extras.getString("jwt_token")));

        assertEquals(200, logout.statusCode(), logout.body());
        assertError(refresh("application/json", "{\"refresh_token\":\"" + refreshToken + "\"}"), 401,
                "cocart_authentication_error");
    }

    @Test
    void anExpiredOrTamperedTokenIs401InTheEnvelopeOnAnyRoute() throws Exception {
        long now = Instant.now().getEpochSecond();
        String expired = forge("{\"iss\":\"headless-cart\",\"aud\":\"headless-cart\",\"sub\":\"2\",\"upn\":\"2\","
                + "\"groups\":[\"customer\"],\"iat\":" + (now - 7200) + ",\"exp\":" + (now - 3600) + ",\"jti\":\"x\"}");
        String valid = login().getJsonObject("extras").getString("jwt_token");
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"sub\":\"2\"", "\"sub\":\"1\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        HttpResponse<String> expiredOnCart = send(v2("cart").GET(), bearer(expired));
        HttpResponse<String> tamperedOnCart = send(v2("cart").GET(), bearer(tampered));
        HttpResponse<String> tamperedOnValidate = send(jwt("validate-token").POST(BodyPublishers.noBody()),
                bearer(tampered));

        assertError(expiredOnCart, 401, "cocart_authentication_error");
        assertTrue(Http.object(expiredOnCart).getString("message").contains("expired"), expiredOnCart.body());
        for (HttpResponse<String> refused : new HttpResponse[] {tamperedOnCart, tamperedOnValidate}) {
            assertError(refused, 401, "cocart_authentication_error");
            assertTrue(Http.object(refused).getString("message").contains("invalid"), refused.body());
        }
    }

    private JsonObject login() {
        HttpResponse<String> response = send(v2("login").POST(BodyPublishers.noBody()), AuthContract.basic(CUSTOMER));
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response);
    }

    private HttpResponse<String> refresh(String type, String body) {
        return send(jwt("refresh-token").header("Content-Type", type).POST(BodyPublishers.ofString(body)), null);
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "never HTML");
        JsonObject error = Http.object(response);
        assertEquals(code, error.getString("code"), response.body());
        assertEquals(status, error.getJsonObject("data").getInt("status"));
        assertFalse(response.body().contains("Exception"), "no stack trace: " + response.body());
    }

    /** HS256 over the claims with the run's key: a token the server itself could have signed. */
    private static String forge(String claims) throws IOException, GeneralSecurityException {
        byte[] key = Base64.getDecoder().decode(Files.readString(
                Path.of(System.getProperty("headlesscart.it.jwt-secret-file"))).strip());
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String input = encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return input + "." + encoder.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private HttpRequest.Builder v2(String route) {
        return HttpRequest.newBuilder(http().at(V2 + route));
    }

    private HttpRequest.Builder jwt(String route) {
        return HttpRequest.newBuilder(http().at(JWT + route));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Every response of this suite is checked for password hashes, as AuthContract's are. */
    private HttpResponse<String> send(HttpRequest.Builder request, String authorization) {
        request.header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http().send(request);
        assertFalse(response.body().contains(AuthContract.HASH_PREFIX), "R-NO-HASH: " + response.body());
        return response;
    }

    private Http http() {
        return new Http(base);
    }
}
