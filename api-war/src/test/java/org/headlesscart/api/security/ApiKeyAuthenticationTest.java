package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.api.error.CoCartError;
import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.AccountFailure;
import org.headlesscart.customer.boundary.ApiKeyGrant;
import org.headlesscart.customer.boundary.ApiKeyLookup;
import org.headlesscart.customer.boundary.ApiKeyService;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.customer.model.ApiKeyPermissions;
import org.headlesscart.customer.model.ApiKeyView;
import org.junit.jupiter.api.Test;

/**
 * REST API keys in the authentication filter: WooCommerce's permission by method, the admin routes only, the
 * query parameters over HTTPS only, failures throttled per key before the secret is checked, and the last access
 * recorded only for a request let through.
 */
class ApiKeyAuthenticationTest {

    static final String KEY = "ck_" + "a".repeat(40);
    static final String SECRET = "cs_" + "b".repeat(40);
    static final AccountView ADA = new AccountView(1, "admin", "admin@example.com", "administrator", "Ada", "Admin",
            "admin", "");

    final BasicAuthenticationFilter filter = new BasicAuthenticationFilter();
    final Map<String, String> headers = new HashMap<>();
    final MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
    ApiKeyPermissions permissions = ApiKeyPermissions.READ;
    String method = "GET";
    String remote = "203.0.113.1";
    boolean adminRoute = true;
    int lookups;
    int secretChecks;
    int accessRecorded;
    Response aborted;
    SecurityContext security;

    {
        filter.caller = new Caller();
        filter.bearer = new BearerAuthentication();
        filter.bearer.settings = JwtSettingsTest.settings(Optional.empty());
        filter.trustedProxies = Optional.of("10.0.0.5");
        filter.init();
        filter.apiKeys = new ApiKeyAuthentication();
        filter.apiKeys.throttle = LoginThrottleTest.throttle(Clock.systemUTC(), 100);
        filter.apiKeys.caller = filter.caller;
        filter.apiKeys.keys = new ApiKeyService() {
            @Override
            public ApiKeyLookup lookUp(String consumerKey) {
                lookups++;
                return ApiKeyLookup.unknown(consumerKey);     // its subject: a hash of the text, as for any key
            }

            @Override
            public ApiKeyGrant authenticate(ApiKeyLookup key, String consumerSecret) {
                secretChecks++;
                if (!SECRET.equals(consumerSecret) || !key.subject().equals(ApiKeyLookup.unknown(KEY).subject())) {
                    throw new AccountException(AccountFailure.INVALID_API_KEY, "Wrong key");
                }
                return new ApiKeyGrant(ADA, new ApiKeyView(9, 1, "it", permissions, "aaaaaaa", Instant.now(), null));
            }

            @Override
            public void recordAccess(ApiKeyGrant grant) {
                accessRecorded++;
            }
        };
        filter.resource = (ResourceInfo) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ResourceInfo.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getResourceClass" -> adminRoute ? Staff.class : Object.class;
                    case "getResourceMethod" -> (Method) null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        filter.connection = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "isSecure" -> false;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @StaffOnly
    static class Staff {
    }

    @Test
    void readNeedsReadWriteNeedsWriteOptionsIsAlwaysAllowedAsInWooCommerce() {
        for (String read : List.of("GET", "HEAD")) {
            assertEquals(Optional.empty(), ApiKeyAuthentication.refusal(read, ApiKeyPermissions.READ, true));
            assertEquals(Optional.empty(), ApiKeyAuthentication.refusal(read, ApiKeyPermissions.READ_WRITE, true));
            assertEquals(Optional.of(AuthRefusal.API_KEY_CANNOT_READ),
                    ApiKeyAuthentication.refusal(read, ApiKeyPermissions.WRITE, true));
        }
        for (String write : List.of("POST", "PUT", "PATCH", "DELETE")) {
            assertEquals(Optional.empty(), ApiKeyAuthentication.refusal(write, ApiKeyPermissions.WRITE, true));
            assertEquals(Optional.empty(), ApiKeyAuthentication.refusal(write, ApiKeyPermissions.READ_WRITE, true));
            assertEquals(Optional.of(AuthRefusal.API_KEY_CANNOT_WRITE),
                    ApiKeyAuthentication.refusal(write, ApiKeyPermissions.READ, true));
        }
        for (ApiKeyPermissions any : ApiKeyPermissions.values()) {
            assertEquals(Optional.empty(), ApiKeyAuthentication.refusal("OPTIONS", any, false));
            assertEquals(Optional.of(AuthRefusal.API_KEY_UNKNOWN_METHOD),
                    ApiKeyAuthentication.refusal("PROPFIND", any, true));
            assertEquals(Optional.of(AuthRefusal.API_KEY_OUT_OF_SCOPE),
                    ApiKeyAuthentication.refusal("GET", any, false), "not an admin route");
        }
    }

    @Test
    void theRefusalsAreWooCommercesCodeAndStatus() {
        for (AuthRefusal refusal : List.of(AuthRefusal.API_KEY_CANNOT_READ, AuthRefusal.API_KEY_CANNOT_WRITE,
                AuthRefusal.API_KEY_OUT_OF_SCOPE, AuthRefusal.API_KEY_OVER_HTTP)) {
            CoCartError body = (CoCartError) refusal.response().getEntity();
            assertEquals(401, refusal.response().getStatus());
            assertEquals("woocommerce_rest_authentication_error", body.code());
        }
        assertEquals("The API key provided does not have write permissions.",
                ((CoCartError) AuthRefusal.API_KEY_CANNOT_WRITE.response().getEntity()).message());
    }

    @Test
    void aBasicKeySignsInItsOwnerOnAnAdminRouteAndRecordsTheAccess() throws Exception {
        headers.put("Authorization", BasicHeaderTest.basic(KEY + ":" + SECRET));
        filter();

        assertNull(aborted);
        assertEquals("1", security.getUserPrincipal().getName());
        assertTrue(security.isUserInRole("administrator"));
        assertEquals("BASIC", security.getAuthenticationScheme());
        assertEquals(1, accessRecorded);
    }

    @Test
    void aReadKeyThatWritesIsRefusedAfterItsSecretAndRecordsNoAccess() throws Exception {
        headers.put("Authorization", BasicHeaderTest.basic(KEY + ":" + SECRET));
        method = "POST";
        filter();

        assertEquals(AuthRefusal.API_KEY_CANNOT_WRITE.response().getEntity(), aborted.getEntity());
        assertNull(security);
        assertEquals(0, accessRecorded);
    }

    @Test
    void aKeyOpensNoRouteButTheAdminRoutes() throws Exception {
        headers.put("Authorization", BasicHeaderTest.basic(KEY + ":" + SECRET));
        adminRoute = false;
        filter();

        assertEquals(AuthRefusal.API_KEY_OUT_OF_SCOPE.response().getEntity(), aborted.getEntity());
        assertNull(security);
    }

    @Test
    void queryParametersOverPlainHttpAreRefusedUnlookedButBelievedFromATrustedProxySayingHttps() throws Exception {
        query.add("consumer_key", KEY);
        query.add("consumer_secret", SECRET);
        headers.put("X-Forwarded-Proto", "https");
        filter();

        assertEquals(AuthRefusal.API_KEY_OVER_HTTP.response().getEntity(), aborted.getEntity(),
                "a client's own X-Forwarded-Proto is not believed");
        assertEquals(0, lookups);

        remote = "10.0.0.5";
        aborted = null;
        filter();
        assertNull(aborted);
        assertEquals("1", security.getUserPrincipal().getName());
        assertTrue(security.isSecure());
    }

    @Test
    void oneHalfAsAParameterIsAWrongKey() throws Exception {
        remote = "10.0.0.5";
        headers.put("X-Forwarded-Proto", "https");
        query.add("consumer_key", KEY);

        AccountException refused = assertThrows(AccountException.class, this::filter);
        assertEquals(AccountFailure.INVALID_API_KEY, refused.failure());
    }

    @Test
    void wrongSecretsAreCountedAndTheSixthAttemptIs429WithoutASecretCheck() throws Exception {
        headers.put("Authorization", BasicHeaderTest.basic(KEY + ":cs_" + "0".repeat(40)));
        for (int i = 0; i < 5; i++) {
            AccountException refused = assertThrows(AccountException.class, this::filter);
            assertEquals(AccountFailure.INVALID_API_KEY, refused.failure());
        }
        headers.put("Authorization", BasicHeaderTest.basic(KEY + ":" + SECRET));
        filter();

        assertEquals(429, aborted.getStatus());
        assertEquals(5, secretChecks, "the held-back attempt checked no secret");
        assertNull(security);

        remote = "203.0.113.2";
        aborted = null;
        filter();
        assertNull(aborted, "from another address the key works");
    }

    private void filter() throws Exception {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getQueryParameters" -> query;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getHeaderString" -> headers.get((String) args[0]);
                    case "getUriInfo" -> uri;
                    case "getMethod" -> method;
                    case "hasEntity" -> false;
                    case "setSecurityContext" -> {
                        security = (SecurityContext) args[0];
                        yield null;
                    }
                    case "abortWith" -> {
                        aborted = (Response) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        filter.filter(request);
    }
}
