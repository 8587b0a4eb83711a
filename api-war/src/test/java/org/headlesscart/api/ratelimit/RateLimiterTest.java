package org.headlesscart.api.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.headlesscart.api.error.ApiRefusal;
import org.headlesscart.api.security.Caller;
import org.headlesscart.api.security.TrustedProxies;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.ratelimit.boundary.RateLimitService;
import org.headlesscart.ratelimit.model.RateDecision;
import org.junit.jupiter.api.Test;

/** Who a request is counted as, who is spared, and what a refusal says; the counting itself is stubbed. */
class RateLimiterTest {

    static final AccountView JANE = new AccountView(2, "customer", "customer@example.com", "customer", "Jane", "Doe",
            "customer", "");
    static final AccountView MANAGER = new AccountView(3, "manager", "manager@example.com", "shop_manager", "Sam",
            "Lee", "manager", "");

    final RateLimiter limiter = new RateLimiter();
    final List<String> counted = new ArrayList<>();
    final Map<String, Object> attributes = new HashMap<>();
    long hits = 1;
    AccountView user;
    String remote = "198.51.100.7";
    String forwardedFor;

    {
        limiter.counters = new RateLimitService() {
            @Override
            public RateDecision hit(String group, String client, int limit, Duration window) {
                counted.add(group + " " + client);
                return new RateDecision(hits <= limit, limit, (int) Math.max(0, limit - hits), 1_800_000_060, 42);
            }
        };
        limiter.caller = new Caller() {
            @Override
            public Optional<AccountView> account() {
                return Optional.ofNullable(user);
            }
        };
        limiter.connection = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equals(args[0]) ? forwardedFor : null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        limiter.proxies = TrustedProxies.of(List.of("10.0.0.5"));
        for (RateGroup group : RateGroup.values()) {
            limiter.limits.put(group, new GroupLimit(group != RateGroup.WRITE, 3, Duration.ofSeconds(60)));
        }
    }

    @Test
    void aGuestIsCountedByTheSocketsAddressWhateverItForwards() {
        forwardedFor = "192.0.2.99";
        limiter.count(RateGroup.COUPON);

        assertEquals(List.of("coupon address 198.51.100.7"), counted);
    }

    @Test
    void behindATrustedProxyTheClientItNamesIsCounted() {
        remote = "10.0.0.5";
        forwardedFor = "192.0.2.1, 192.0.2.99";
        limiter.count(RateGroup.CHECKOUT);

        assertEquals(List.of("checkout address 192.0.2.99"), counted, "the right-most hop the proxy wrote");
    }

    @Test
    void whatIsNoAddressCountsAsOneClient() {
        remote = "10.0.0.5";
        forwardedFor = "unknown; drop table";
        limiter.count(RateGroup.REGISTRATION);

        assertEquals(List.of("registration address invalid"), counted);
    }

    @Test
    void aSignedInUserIsCountedAsThemselves() {
        user = JANE;
        limiter.count(RateGroup.COUPON);

        assertEquals(List.of("coupon user 2"), counted);
    }

    @Test
    void staffAreSparedExceptAtLoginWhereNobodyIsKnownYet() {
        user = MANAGER;
        limiter.count(RateGroup.COUPON);
        assertEquals(List.of(), counted, "shop managers are never counted");
        assertFalse(attributes.containsKey(RateLimiter.DECISION), "and get no headers");

        limiter.count(RateGroup.LOGIN);
        assertEquals(List.of("login address 198.51.100.7"), counted, "login counts by address, before anybody");
    }

    @Test
    void aGroupThatIsOffCountsNothing() {
        limiter.count(RateGroup.WRITE);

        assertEquals(List.of(), counted);
    }

    @Test
    void overTheLimitIsA429InCoCartsWordsWithTheDecisionKeptForTheHeaders() {
        hits = 4;
        ApiRefusal refused = assertThrows(ApiRefusal.class, () -> limiter.count(RateGroup.COUPON));

        assertEquals(429, refused.status());
        assertEquals("rate_limit_exceeded", refused.code());
        assertEquals("Too many requests. Please wait 42 seconds before trying again.", refused.getMessage());
        RateDecision kept = assertInstanceOf(RateDecision.class, attributes.get(RateLimiter.DECISION));
        assertFalse(kept.allowed());
    }

    @Test
    void aRequestCountedTwiceShowsTheCountNearerItsLimit() {
        hits = 1;
        limiter.count(RateGroup.CHECKOUT);
        hits = 3;
        limiter.count(RateGroup.COUPON);
        hits = 2;
        limiter.count(RateGroup.REGISTRATION);

        assertEquals(0, ((RateDecision) attributes.get(RateLimiter.DECISION)).remaining());
        assertTrue(((RateDecision) attributes.get(RateLimiter.DECISION)).allowed());
    }
}
