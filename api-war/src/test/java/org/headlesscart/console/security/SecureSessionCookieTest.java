package org.headlesscart.console.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which Set-Cookie values get Secure behind a TLS-terminating proxy: the session cookie's, once. */
class SecureSessionCookieTest {

    @Test
    void onlyTheSessionCookieGetsSecureAndOnlyOnce() {
        List<String> sent = List.of("other=1; Path=/", "JSESSIONID=abc; Path=/; HttpOnly; SameSite=lax");
        assertEquals(Optional.of(List.of("other=1; Path=/", "JSESSIONID=abc; Path=/; HttpOnly; SameSite=lax; Secure")),
                SecureSessionCookie.withSecure(sent, "JSESSIONID"));
        assertEquals(Optional.empty(), SecureSessionCookie.withSecure(
                List.of("JSESSIONID=abc; Secure; HttpOnly"), "JSESSIONID"), "already Secure (an HTTPS connection)");
        assertEquals(Optional.empty(), SecureSessionCookie.withSecure(List.of("JSESSIONID=abc; path=/; secure"),
                "JSESSIONID"), "any case");
        assertEquals(Optional.empty(), SecureSessionCookie.withSecure(List.of("JSESSIONIDX=abc", "SecureX=1"),
                "JSESSIONID"), "another cookie, and a name that only looks alike");
    }
}
