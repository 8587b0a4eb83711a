package org.headlesscart.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    @Test
    void theSignatureIsTheBase64OfTheHmacSha256OfTheBody() {
        // RFC 4231, test case 2.
        assertEquals("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=",
                WebhookSender.signature("what do ya want for nothing?", "Jefe"));
    }

    @Test
    void successIsWooCommercesTwoHundredToThreeHundredTwo() {
        assertTrue(attempt(200).succeeded());
        assertTrue(attempt(302).succeeded());
        assertFalse(attempt(303).succeeded());
        assertFalse(attempt(199).succeeded());
        assertFalse(attempt(null).succeeded());
    }

    @Test
    void theBackoffDoublesPerFailureUpToItsCap() {
        RelaySettings settings = new RelaySettings();
        settings.backoff = Duration.ofMinutes(1);
        settings.backoffMax = Duration.ofMinutes(10);
        Instant now = Instant.parse("2026-12-05T12:00:00Z");
        assertEquals(now.plusSeconds(60), settings.retryAt(now, 1));
        assertEquals(now.plusSeconds(120), settings.retryAt(now, 2));
        assertEquals(now.plusSeconds(480), settings.retryAt(now, 4));
        assertEquals(now.plusSeconds(600), settings.retryAt(now, 5));
        assertEquals(now.plusSeconds(600), settings.retryAt(now, 60));
    }

    private static WebhookSender.Attempt attempt(Integer code) {
        return new WebhookSender.Attempt(code, null, 1, "", null, null);
    }
}
