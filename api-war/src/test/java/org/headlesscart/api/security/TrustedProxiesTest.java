package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Forwarding headers count only from trusted proxies (throttling by client address, decision 10's HTTPS switch). */
class TrustedProxiesTest {

    final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.5", " 10.0.0.6 ", ""));

    @Test
    void theSocketAddressUnlessAProxyForwarded() {
        assertEquals("203.0.113.1", proxies.clientAddress("203.0.113.1", "198.51.100.9"), "not a proxy: ignored");
        assertEquals("198.51.100.9", proxies.clientAddress("10.0.0.5", "198.51.100.9"));
        assertEquals("198.51.100.9", proxies.clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.9, 10.0.0.6"),
                "the right-most untrusted hop: what the client wrote itself stands left of it");
        assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", null));
        assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", "10.0.0.6"));
    }

    @Test
    void httpsDirectlyOrAsATrustedProxySays() {
        assertTrue(proxies.isHttps(true, "203.0.113.1", null));
        assertFalse(proxies.isHttps(false, "203.0.113.1", "https"), "a client cannot claim HTTPS");
        assertTrue(proxies.isHttps(false, "10.0.0.6", "HTTPS"));
        assertTrue(proxies.isHttps(false, "10.0.0.6", "https, http"));
        assertFalse(proxies.isHttps(false, "10.0.0.6", "http"));
        assertFalse(proxies.isHttps(false, "10.0.0.6", null));
        assertFalse(TrustedProxies.of(List.of()).isHttps(false, "127.0.0.1", "https"), "none trusted by default");
    }
}
