package org.headlesscart.api.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CoCart's headers on the cart routes 1-13 (contract §9, decisions 4 and 6), successes and errors alike:
 * {@code CoCart-Timestamp}, {@code CoCart-Version}, WordPress's {@code Allow}, and, when a cart is known,
 * {@code CoCart-API-Cart-Key}, {@code Cart-Key}, {@code CoCart-API-Cart-Expiring} and
 * {@code CoCart-API-Cart-Expiration} (unix seconds). The expiry comes from the cart shown; an error names no cart,
 * so it gets now plus the guest windows. The CoCart batch ({@code cocart/batch}) gets them too, as it answers with
 * the cart. Unknown routes ({@code rest_no_route}) get none of these, as upstream.
 *
 * <p>{@code headlesscart.api.cocart-version} defaults to 4.8.3, the CoCart release whose behaviour we mirror
 * (it is the one that added these headers to errors). The windows are the cart's own windows of decision 7:
 * {@code headlesscart.cart.guest-expiring} and {@code headlesscart.cart.guest-expiration} (cart-ejb's defaults,
 * P1D and P2D), or for a user's cart (a key of digits) {@code headlesscart.cart.customer-expiring} and
 * {@code …customer-expiration} (P1D and P7D), so errors and successes always agree.
 */
@Provider
@ApplicationScoped
public class CartHeadersFilter implements ContainerResponseFilter {

    static final String DEFAULT_VERSION = "4.8.3";
    private static final String CART = "cocart/v2/cart";
    private static final String BATCH = "cocart/batch";
    private static final Pattern ITEM = Pattern.compile("cocart/v2/cart/item/\\w+/?");

    @Inject
    CartHeaders cart;

    @Inject
    @ConfigProperty(name = "headlesscart.api.cocart-version")
    Optional<String> version;

    @Inject
    @ConfigProperty(name = "headlesscart.cart.guest-expiring")
    Optional<Duration> expiringWindow;

    @Inject
    @ConfigProperty(name = "headlesscart.cart.guest-expiration")
    Optional<Duration> expirationWindow;

    @Inject
    @ConfigProperty(name = "headlesscart.cart.customer-expiring")
    Optional<Duration> customerExpiringWindow;

    @Inject
    @ConfigProperty(name = "headlesscart.cart.customer-expiration")
    Optional<Duration> customerExpirationWindow;

    Clock clock = Clock.systemUTC();

    private static final Pattern USER_KEY = Pattern.compile("[1-9][0-9]{0,17}");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        add(request.getUriInfo().getPath(), cart, response.getHeaders());
    }

    /**
     * Adds the headers of the cart route at the path (below {@code wp-json}) for what {@code cart} recorded; none
     * for other paths. Also for each sub-request of a WordPress batch, whose answer carries its own headers.
     */
    public void add(String path, CartHeaders cart, MultivaluedMap<String, Object> headers) {
        String allow = allow(path);
        if (allow == null) {
            return;
        }
        Instant now = clock.instant();
        headers.putSingle("CoCart-Timestamp", Long.toString(now.getEpochSecond()));
        headers.putSingle("CoCart-Version", version.orElse(DEFAULT_VERSION));
        String key = cart.key();
        if (key != null && !key.isEmpty() && !"0".equals(key)) {
            headers.putSingle("CoCart-API-Cart-Key", key);
            headers.putSingle("Cart-Key", key);
            boolean user = USER_KEY.matcher(key).matches();
            Instant expiring = cart.expiring() != null ? cart.expiring()
                    : now.plus((user ? customerExpiringWindow : expiringWindow).orElse(Duration.ofDays(1)));
            Instant expiration = cart.expiration() != null ? cart.expiration()
                    : now.plus(user ? customerExpirationWindow.orElse(Duration.ofDays(7))
                            : expirationWindow.orElse(Duration.ofDays(2)));
            headers.putSingle("CoCart-API-Cart-Expiring", Long.toString(expiring.getEpochSecond()));
            headers.putSingle("CoCart-API-Cart-Expiration", Long.toString(expiration.getEpochSecond()));
        }
        headers.putIfAbsent("Allow", List.of(allow));
    }

    /** The methods of the cart route at this path (below {@code wp-json}), or null when it is not one. */
    static String allow(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/") && !ITEM.matcher(p).matches()) {
            p = p.substring(0, p.length() - 1);
        }
        if (BATCH.equals(p)) {
            return "POST";      // the CoCart batch answers with the cart (docs/batch.md)
        }
        if (!p.startsWith(CART)) {
            return null;
        }
        return switch (p.substring(CART.length())) {
            case "", "/items", "/items/count", "/totals" -> "GET";
            case "/add-item", "/add-items", "/calculate", "/clear", "/update" -> "POST";
            default -> ITEM.matcher(p).matches() ? "GET, POST, DELETE, PUT, PATCH" : null;
        };
    }
}
