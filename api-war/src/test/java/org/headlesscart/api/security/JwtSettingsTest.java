package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.headlesscart.api.error.ApiRefusal;
import org.junit.jupiter.api.Test;

/** When JWT is on: a usable key switches it on unless told otherwise; switched on without one, the routes say 403. */
class JwtSettingsTest {

    static JwtSettings settings(Optional<String> secret) {
        return settings(Optional.empty(), secret);
    }

    static JwtSettings settings(Optional<Boolean> enabled, Optional<String> secret) {
        JwtSettings settings = new JwtSettings();
        settings.enabled = enabled;
        settings.secret = secret;
        settings.secretFile = Optional.empty();
        settings.issuer = JwtCodecTest.ISSUER;
        settings.audience = JwtCodecTest.AUDIENCE;
        settings.tokenLifetime = Duration.ofDays(10);
        settings.init();
        return settings;
    }

    @Test
    void aKeySwitchesJwtOnUnlessDisabled() {
        assertTrue(settings(Optional.of(JwtCodecTest.KEY_BASE64)).enabled());
        assertFalse(settings(Optional.of(false), Optional.of(JwtCodecTest.KEY_BASE64)).enabled());
        assertFalse(settings(Optional.empty()).enabled(), "no key, not asked for: off");
    }

    @Test
    void offOrWithoutAUsableKeyTheRoutesAnswerBadConfig() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[31]);
        for (JwtSettings off : new JwtSettings[] {settings(Optional.empty()),
            settings(Optional.of(true), Optional.empty()), settings(Optional.of(true), Optional.of(shortKey)),
            settings(Optional.of(true), Optional.of("not base64!"))}) {
            assertFalse(off.enabled());
            ApiRefusal refusal = assertThrows(ApiRefusal.class, off::codec);
            assertEquals(403, refusal.status());
            assertEquals("cocart_jwt_auth_bad_config", refusal.code());
        }
    }

    @Test
    void urlSafeBase64IsAcceptedToo() {
        byte[] key = new byte[32];
        key[0] = (byte) 0xfb;      // "+" in standard base64, "-" in the URL-safe alphabet
        assertTrue(JwtSettings.decode(Base64.getUrlEncoder().encodeToString(key)).isPresent());
        assertTrue(JwtSettings.decode(Base64.getEncoder().encodeToString(key) + "\n").isPresent(), "a file's newline");
    }
}
