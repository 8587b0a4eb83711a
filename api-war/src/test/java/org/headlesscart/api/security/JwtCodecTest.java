package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;

import org.eclipse.microprofile.jwt.Claims;
import org.headlesscart.customer.model.AccountView;
import org.junit.jupiter.api.Test;

/** HS256 tokens: what is signed verifies with its claims; time, tampering, algorithm and key are all checked. */
class JwtCodecTest {

    /** A key made up for these tests only; no deployment uses it. */
    static final byte[] KEY = "test-only key, 32 bytes or more, never deployed".getBytes(StandardCharsets.US_ASCII);
    static final String KEY_BASE64 = Base64.getEncoder().encodeToString(KEY);
    static final String ISSUER = "headless-cart";
    static final String AUDIENCE = "headless-cart";
    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    static final AccountView MANAGER = new AccountView(3, "manager", "manager@example.com", "shop_manager", "Sam",
            "Manager", "manager", "");

    static JwtCodec codecAt(Instant instant) {
        return new JwtCodec(KEY, ISSUER, AUDIENCE, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aSignedTokenVerifiesAsAMicroProfileJwtWithItsClaims() throws Exception {
        String token = codecAt(NOW).sign(MANAGER, Duration.ofDays(10));

        JwtPrincipal jwt = codecAt(NOW.plusSeconds(60)).verify(token);

        assertEquals("3", jwt.getName());
        assertEquals("3", jwt.getSubject());
        assertEquals("3", jwt.<String>getClaim(Claims.upn));
        assertEquals(Set.of("shop_manager"), jwt.getGroups());
        assertEquals(ISSUER, jwt.getIssuer());
        assertEquals(Set.of(AUDIENCE), jwt.getAudience());
        assertEquals(NOW.getEpochSecond(), jwt.getIssuedAtTime());
        assertEquals(NOW.plus(Duration.ofDays(10)).getEpochSecond(), jwt.getExpirationTime());
        assertFalse(jwt.getTokenID().isEmpty());
        assertEquals(token, jwt.getRawToken());
        assertFalse(jwt.toString().contains(token), "the raw token is a credential");
    }

    @Test
    void aTokenExpiresAtItsExpNotASecondLater() throws Exception {
        String token = codecAt(NOW).sign(MANAGER, Duration.ofDays(10));

        codecAt(NOW.plus(Duration.ofDays(10)).minusSeconds(1)).verify(token);
        JwtRejected atExp = assertThrows(JwtRejected.class, () -> codecAt(NOW.plus(Duration.ofDays(10))).verify(token));
        assertTrue(atExp.expired());
    }

    @Test
    void aChangedPayloadOrSignatureDoesNotVerify() {
        String token = codecAt(NOW).sign(MANAGER, Duration.ofDays(1));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("shop_manager", "administrator").getBytes(StandardCharsets.UTF_8));
        String otherSignature = codecAt(NOW).sign(MANAGER, Duration.ofDays(2)).split("\\.")[2];

        assertInvalid(parts[0] + "." + promoted + "." + parts[2]);
        assertInvalid(parts[0] + "." + parts[1] + "." + otherSignature);
        assertInvalid(parts[0] + "." + parts[1]);
        assertInvalid(token + "x");
    }

    @Test
    void algNoneAnotherKeyIssuerAudienceOrAFutureIatAreRefused() {
        String token = codecAt(NOW).sign(MANAGER, Duration.ofDays(1));
        String[] parts = token.split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;

        assertInvalid(none + "." + parts[1] + ".");
        assertInvalid(new JwtCodec(otherKey, ISSUER, AUDIENCE, Clock.fixed(NOW, ZoneOffset.UTC)).sign(MANAGER,
                Duration.ofDays(1)));
        assertInvalid(new JwtCodec(KEY, "elsewhere", AUDIENCE, Clock.fixed(NOW, ZoneOffset.UTC)).sign(MANAGER,
                Duration.ofDays(1)));
        assertInvalid(new JwtCodec(KEY, ISSUER, "another-app", Clock.fixed(NOW, ZoneOffset.UTC)).sign(MANAGER,
                Duration.ofDays(1)));
        assertInvalid(codecAt(NOW.plusSeconds(JwtCodec.IAT_LEEWAY_SECONDS + 1)).sign(MANAGER, Duration.ofDays(1)));
    }

    @Test
    void aKeyShorterThan256BitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new JwtCodec(new byte[31], ISSUER, AUDIENCE,
                Clock.systemUTC()));
    }

    private static void assertInvalid(String token) {
        JwtRejected rejected = assertThrows(JwtRejected.class, () -> codecAt(NOW).verify(token), token);
        assertFalse(rejected.expired());
    }
}
