package org.headlesscart.api.ratelimit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.api.error.ApiRefusal;
import org.headlesscart.api.security.Caller;
import org.headlesscart.api.security.TrustedProxies;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.ratelimit.boundary.RateLimitService;
import org.headlesscart.ratelimit.model.RateDecision;

/**
 * Counts a request in its group and refuses it over the limit: 429 {@code rate_limit_exceeded}, worded as CoCart's
 * ("Too many requests. Please wait %d seconds before trying again."). The client is the signed-in user, else the
 * client address; staff (administrator, shop manager: CoCart spares users with {@code edit_posts}) are not counted,
 * except in a group counted before authentication, where nobody is known yet. The decision is kept on the request
 * for {@link RateLimitHeaders}.
 */
@ApplicationScoped
public class RateLimiter {

    static final String CODE = "rate_limit_exceeded";
    static final String MESSAGE = "Too many requests. Please wait %d seconds before trying again.";
    static final String DECISION = RateLimiter.class.getName() + ".decision";

    private static final Set<String> STAFF = Set.of("administrator", "shop_manager");
    /** What an IPv4 or IPv6 address may be made of; anything else a proxy forwards counts as one client. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{1,45}");

    @EJB
    RateLimitService counters;

    @Inject
    Caller caller;

    @Inject
    HttpServletRequest connection;

    @Inject
    Config config;

    // A comma-separated string, as the authentication filter reads it.
    @Inject
    @ConfigProperty(name = "headlesscart.auth.trusted-proxies")
    Optional<String> trustedProxies;

    TrustedProxies proxies;
    final Map<RateGroup, GroupLimit> limits = new EnumMap<>(RateGroup.class);

    @PostConstruct
    void init() {
        proxies = TrustedProxies.of(List.of(trustedProxies.orElse("").split(",")));
        for (RateGroup group : RateGroup.values()) {
            limits.put(group, GroupLimit.of(config, group));
        }
    }

    /** Whether the group is counted at all ({@code headlesscart.ratelimit.<group>.enabled}). */
    public boolean enabled(RateGroup group) {
        return limits.get(group).enabled();
    }

    /**
     * Counts this request in {@code group} (nothing when the group is off or the caller is staff).
     *
     * @throws ApiRefusal 429 {@code rate_limit_exceeded} over the limit
     */
    public void count(RateGroup group) {
        GroupLimit limit = limits.get(group);
        if (!limit.enabled()) {
            return;
        }
        String client;
        if (group.beforeAuthentication()) {
            client = address();
        } else {
            Optional<AccountView> user = caller.account();
            if (user.isPresent() && STAFF.contains(user.get().role())) {
                return;
            }
            client = user.map(account -> "user " + account.id()).orElseGet(this::address);
        }
        RateDecision decision = counters.hit(group.configName(), client, limit.limit(), limit.window());
        keep(decision);
        if (!decision.allowed()) {
            throw new ApiRefusal(429, CODE, String.format(MESSAGE, decision.retryAfter()));
        }
    }

    private String address() {
        String address = proxies.clientAddress(connection.getRemoteAddr(), connection.getHeader("X-Forwarded-For"));
        return "address " + (address != null && ADDRESS.matcher(address).matches() ? address : "invalid");
    }

    /** A request counted in two groups (a write that applies a coupon) shows the one nearer its limit. */
    private void keep(RateDecision decision) {
        Object earlier = connection.getAttribute(DECISION);
        if (!(earlier instanceof RateDecision kept) || decision.remaining() < kept.remaining() || !decision.allowed()) {
            connection.setAttribute(DECISION, decision);
        }
    }
}
