package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.AccountFailure;
import org.headlesscart.customer.boundary.AccountService;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.customer.boundary.LoginLookup;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms' decisions: around the password check (HTTPS switch, throttle first, failures counted), and a
 * Bearer token signing in the same user the same way while JWT is on.
 */
class BasicAuthenticationFilterTest {

    static final AccountView JANE = new AccountView(2, "customer", "customer@example.com", "customer", "Jane", "Doe",
            "customer", "");

    final BasicAuthenticationFilter filter = new BasicAuthenticationFilter();
    final LoginThrottle throttle = LoginThrottleTest.throttle(java.time.Clock.systemUTC(), 100);
    final Map<String, String> headers = new HashMap<>();
    int passwordChecks;
    int lookups;
    String remote = "203.0.113.1";
    Response aborted;
    SecurityContext security;

    {
        filter.throttle = throttle;
        filter.caller = new Caller();
        filter.bearer = new BearerAuthentication();
        filter.bearer.settings = JwtSettingsTest.settings(Optional.of(JwtCodecTest.KEY_BASE64));
        filter.bearer.caller = filter.caller;
        filter.bearer.accounts = new AccountService() {
            @Override
            public Optional<AccountView> find(long id) {
                return id == JANE.id() ? Optional.of(JANE) : Optional.empty();
            }
        };
        filter.trustedProxies = Optional.of("10.0.0.5, 10.0.0.6");
        filter.init();
        filter.accounts = new AccountService() {
            @Override
            public LoginLookup lookUp(String login) {
                lookups++;
                // As the database would: the e-mail is another spelling of the same account.
                return LoginLookup.unknown(login.equals("customer@example.com") ? "customer" : login);
            }

            @Override
            public AccountView authenticate(LoginLookup login, char[] password) {
                passwordChecks++;
                if (!"customerpass".equals(new String(password))) {
                    throw new AccountException(AccountFailure.WRONG_PASSWORD, "Wrong password");
                }
                return JANE;
            }
        };
        filter.connection = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "isSecure" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void rightCredentialsNameTheUserByIdWithItsRole() throws Exception {
        headers.put("Authorization", BasicHeaderTest.basic("customer:customerpass"));
        filter();

        assertNull(aborted);
        assertEquals("2", security.getUserPrincipal().getName());
        assertTrue(security.isUserInRole("customer"));
        assertEquals(Optional.of(JANE), filter.caller.account());
    }

    @Test
    void noCredentialsLeaveTheRequestAnonymous() throws Exception {
        filter();

        assertNull(aborted);
        assertNull(security, "JAX-RS's own (anonymous) security context stays");
        assertEquals(Optional.empty(), filter.caller.account());
    }

    @Test
    void withRequireHttpsPlainHttpIsRefusedBeforeThePasswordIsChecked() throws Exception {
        filter.requireHttps = true;
        headers.put("Authorization", BasicHeaderTest.basic("customer:customerpass"));
        headers.put("X-Forwarded-Proto", "https");
        filter();

        assertEquals(401, aborted.getStatus(), "a client's own X-Forwarded-Proto is not believed");
        assertEquals(0, passwordChecks);

        remote = "10.0.0.5";
        aborted = null;
        filter();
        assertNull(aborted, "a trusted proxy terminated TLS");
        assertTrue(security.isSecure());
    }

    @Test
    void failuresAreCountedAndTheSixthAttemptIs429WithoutAPasswordCheck() throws Exception {
        headers.put("Authorization", BasicHeaderTest.basic("customer:wrong"));
        for (int i = 0; i < 5; i++) {
            assertThrows(AccountException.class, this::filter);
        }
        headers.put("Authorization", BasicHeaderTest.basic("customer:customerpass"));
        filter();

        assertEquals(429, aborted.getStatus());
        assertTrue(Long.parseLong(aborted.getHeaderString("Retry-After")) > 0);
        assertEquals(5, passwordChecks, "the locked-out attempt cost no hash");
        assertEquals(6, lookups, "only a lookup");
        assertNull(security);
    }

    @Test
    void theThrottleCountsTheAccountTheLoginNamesNotItsSpelling() throws Exception {
        headers.put("Authorization", BasicHeaderTest.basic("customer:wrong"));
        for (int i = 0; i < 5; i++) {
            assertThrows(AccountException.class, this::filter);
        }
        headers.put("Authorization", BasicHeaderTest.basic("customer@example.com:customerpass"));
        filter();
        assertEquals(429, aborted.getStatus(), "the e-mail names the same account");

        remote = "203.0.113.2";
        aborted = null;
        filter();
        assertNull(aborted, "from another address the account is open");
        assertEquals("2", security.getUserPrincipal().getName());
    }

    @Test
    void halfCredentialsAreRefusedWithoutAPasswordCheck() throws Exception {
        headers.put("Authorization", BasicHeaderTest.basic("customer:"));
        filter();

        assertEquals(401, aborted.getStatus());
        assertEquals(0, passwordChecks);
    }

    @Test
    void aBearerTokenSignsInTheSameUserAsBasicWithAMicroProfileJwtPrincipal() throws Exception {
        headers.put("Authorization", "Bearer " + JwtCodecTest.codecAt(JwtCodecTest.NOW).sign(JANE, Duration.ofDays(3650)));
        filter();

        assertNull(aborted);
        assertTrue(security.getUserPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken);
        assertEquals("2", security.getUserPrincipal().getName(), "named by user id, as Basic's");
        assertTrue(security.isUserInRole("customer"));
        assertEquals("MP-JWT", security.getAuthenticationScheme());
        assertEquals(Optional.of(JANE), filter.caller.account());
        assertEquals(0, passwordChecks);
    }

    @Test
    void expiredTamperedAndForeignTokensAre401WithTheirReason() throws Exception {
        String expired = JwtCodecTest.codecAt(JwtCodecTest.NOW).sign(JANE, Duration.ofMinutes(5));
        String valid = JwtCodecTest.codecAt(java.time.Instant.now()).sign(JANE, Duration.ofMinutes(5));
        // Change a signature character well before the end: base64url's last character carries padding bits, so
        // changing it alone can decode to the very same signature (this test failed that way about once in 300).
        int at = valid.length() - 10;
        String tampered = valid.substring(0, at) + (valid.charAt(at) == 'A' ? 'B' : 'A') + valid.substring(at + 1);
        java.util.List<String> refusals = new java.util.ArrayList<>();
        for (String token : java.util.List.of(expired, tampered, "not.a.token")) {
            headers.put("Authorization", "Bearer " + token);
            aborted = null;
            filter();
            assertEquals(401, aborted.getStatus(), token);
            refusals.add(((org.headlesscart.api.error.CoCartError) aborted.getEntity()).message());
        }
        assertEquals(java.util.List.of(AuthRefusal.TOKEN_EXPIRED, AuthRefusal.TOKEN_INVALID, AuthRefusal.TOKEN_INVALID)
                .stream().map(r -> ((org.headlesscart.api.error.CoCartError) r.response().getEntity()).message())
                .toList(), refusals);
        assertNull(security);
    }

    @Test
    void whileJwtIsOffABearerHeaderIsAGuestAsBefore() throws Exception {
        filter.bearer.settings = JwtSettingsTest.settings(Optional.empty());
        headers.put("Authorization", "Bearer " + JwtCodecTest.codecAt(java.time.Instant.now()).sign(JANE, Duration.ofDays(1)));
        filter();

        assertNull(aborted);
        assertNull(security);
    }

    @Test
    void withRequireHttpsABearerTokenOverPlainHttpIsNotChecked() throws Exception {
        filter.requireHttps = true;
        headers.put("Authorization", "Bearer " + JwtCodecTest.codecAt(java.time.Instant.now()).sign(JANE, Duration.ofDays(1)));
        filter();

        assertEquals(401, aborted.getStatus());
        assertNull(security);
    }

    private void filter() throws Exception {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getQueryParameters" -> new MultivaluedHashMap<String, String>();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> headers.get((String) args[0]);
                    case "getUriInfo" -> uri;
                    case "getMethod" -> "GET";
                    case "getProperty" -> null;
                    case "setSecurityContext" -> {
                        security = (SecurityContext) args[0];
                        yield null;
                    }
                    case "abortWith" -> {
                        aborted = (Response) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        filter.filter(request);
    }
}
