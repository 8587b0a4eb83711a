package org.headlesscart.api.security;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.api.security.Credentials.LoginPassword;
import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.AccountService;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.customer.boundary.LoginLookup;

/**
 * Authentication on every route: a JWT Bearer token while JWT is on ({@link BearerAuthentication}), else CoCart's
 * Basic authentication (contract §7.1): credentials from {@code Authorization: Basic},
 * else the {@code username} and {@code password} parameters (query, form, or JSON body on POST); the login is a
 * username, an e-mail or a billing phone. WooCommerce REST API keys ({@link ApiKeyAuthentication}) come as Basic
 * {@code ck_…:cs_…}, or as the {@code consumer_key} and {@code consumer_secret} query parameters (checked before
 * {@code username} and {@code password}), those over HTTPS only. No credentials: the request stays anonymous.
 * Wrong ones: 401 in the CoCart envelope (the customer component's reasons, mapped by {@code AccountExceptionMapper}), counted by
 * {@link LoginThrottle} by the account the login names and the client's address; over a limit the answer is 429
 * before the password is checked (only the login is looked up first, the same lookup the check then uses).
 * On success {@link Caller#signIn} names the user to resources and to JAX-RS, the same way for both mechanisms.
 * One filter, so the order of the mechanisms and the HTTPS rule are decided in one place.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BasicAuthenticationFilter implements ContainerRequestFilter {

    static final String SCHEME = SecurityContext.BASIC_AUTH;
    private static final Logger LOG = System.getLogger(BasicAuthenticationFilter.class.getName());

    @EJB
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    Caller caller;

    @Inject
    BearerAuthentication bearer;

    @Inject
    ApiKeyAuthentication apiKeys;

    /** The matched route: a REST API key opens only admin routes ({@link StaffOnly}). */
    @Context
    ResourceInfo resource;

    @Inject
    HttpServletRequest connection;

    @Inject
    @ConfigProperty(name = "headlesscart.auth.require-https")
    boolean requireHttps;

    // A comma-separated string, split here: Payara's config producer cannot inject Optional<List<String>>.
    @Inject
    @ConfigProperty(name = "headlesscart.auth.trusted-proxies")
    Optional<String> trustedProxies;

    TrustedProxies proxies;

    @PostConstruct
    void init() {
        proxies = TrustedProxies.of(List.of(trustedProxies.orElse("").split(",")));
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<String> token = bearer.token(authorization);
        if (token.isPresent()) {
            Boolean https = secureOrRefuse(request);
            if (https != null) {
                bearer.authenticate(request, token.get(), https);
            }
            return;
        }
        Credentials credentials = BasicHeader.parse(authorization);
        boolean queryKey = false;
        if (credentials == Credentials.NONE) {
            credentials = ApiKeyParams.read(request.getUriInfo().getQueryParameters());
            queryKey = credentials != Credentials.NONE;
        }
        if (credentials == Credentials.NONE) {
            credentials = CredentialParams.read(request);
        }
        if (credentials instanceof LoginPassword login) {
            authenticate(request, login);
        } else if (credentials instanceof Credentials.ApiKey key) {
            authenticate(request, key, queryKey);
        } else if (credentials == Credentials.INCOMPLETE) {
            request.abortWith(AuthRefusal.INCOMPLETE.response());
        }
    }

    /**
     * Whether the request came over HTTPS; null, with the request aborted, when decision 10's switch requires HTTPS
     * and it did not: credentials of either kind are then not even checked.
     */
    private Boolean secureOrRefuse(ContainerRequestContext request) {
        boolean https = proxies.isHttps(connection.isSecure(), connection.getRemoteAddr(),
                request.getHeaderString("X-Forwarded-Proto"));
        if (requireHttps && !https) {
            request.abortWith(AuthRefusal.HTTPS_REQUIRED.response());
            return null;
        }
        return https;
    }

    private void authenticate(ContainerRequestContext request, LoginPassword credentials) {
        Boolean https = secureOrRefuse(request);
        if (https == null) {
            return;
        }
        String client = proxies.clientAddress(connection.getRemoteAddr(), request.getHeaderString("X-Forwarded-For"));
        LoginLookup login = accounts.lookUp(credentials.login());     // no hash yet: who is being tried
        Optional<Duration> wait = throttle.retryAfter(login.subject(), client);
        if (wait.isPresent()) {
            request.abortWith(tooManyAttempts(wait.get()));
            return;
        }
        AccountView user;
        try {
            user = accounts.authenticate(login, credentials.password().toCharArray());
        } catch (AccountException refused) {
            throttle.failed(login.subject(), client);
            LOG.log(Level.DEBUG, () -> "Failed login from " + client + ": " + refused.failure());
            throw refused;
        }
        throttle.succeeded(login.subject(), client);
        caller.signIn(request, user, CallerSecurityContext.named(user), SCHEME, https);
    }

    /**
     * A REST API key; as query parameters only over HTTPS, which WooCommerce requires of them (over plain HTTP it
     * expects OAuth 1.0a): refused before they are checked, so a key sent in the clear is not even looked up.
     */
    private void authenticate(ContainerRequestContext request, Credentials.ApiKey key, boolean fromQuery) {
        Boolean https = secureOrRefuse(request);
        if (https == null) {
            return;
        }
        if (fromQuery && !https) {
            request.abortWith(AuthRefusal.API_KEY_OVER_HTTP.response());
            return;
        }
        String client = proxies.clientAddress(connection.getRemoteAddr(), request.getHeaderString("X-Forwarded-For"));
        apiKeys.authenticate(request, key, https, client, isAdminRoute());
    }

    private boolean isAdminRoute() {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        return method != null && method.isAnnotationPresent(StaffOnly.class)
                || type != null && type.isAnnotationPresent(StaffOnly.class);
    }

    /** 429 with {@code Retry-After} in whole seconds, rounded up so that a client retrying then is let through. */
    static Response tooManyAttempts(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.fromResponse(AuthRefusal.TOO_MANY_ATTEMPTS.response())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }
}
