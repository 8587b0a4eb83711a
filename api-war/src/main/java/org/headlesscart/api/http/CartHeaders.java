package org.headlesscart.api.http;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

import org.headlesscart.cart.model.CartView;

/**
 * What this request knows about its cart, for {@link CartHeadersFilter}: the cart shown, or else the key the
 * request named. Resources record both; the filter reads them for successes and errors alike (decision 4).
 */
@RequestScoped
public class CartHeaders {

    /** A key a client may choose (decision 6); only such keys are echoed on errors. */
    private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9_-]{1,42}");

    private String requestedKey;
    private boolean shown;
    private String shownKey;
    private Instant expiring;
    private Instant expiration;

    /** The raw key the request named, or null. */
    public void requested(String cartKey) {
        this.requestedKey = cartKey;
    }

    /** The cart this request showed or changed. */
    public void shown(CartView view) {
        shown(view.cartKey(), view.expiring(), view.expiration());
    }

    /** The cart an earlier answer showed, sent again for a retry of its request (Idempotency-Key). */
    public void shown(String cartKey, Instant expiring, Instant expiration) {
        this.shown = true;
        this.shownKey = cartKey;
        this.expiring = expiring;
        this.expiration = expiration;
    }

    /** The key to send: the cart's, else a well-formed key the request named; null when none. */
    public String key() {
        if (shown) {
            return shownKey;
        }
        return requestedKey != null && WELL_FORMED.matcher(requestedKey).matches() ? requestedKey : null;
    }

    /**
     * The well-formed key the request named, or null: a write may have changed that cart besides the one shown
     * (a customer's guest key names the guest cart their write absorbed and deleted).
     */
    public String requestedKey() {
        return requestedKey != null && WELL_FORMED.matcher(requestedKey).matches() ? requestedKey : null;
    }

    /** The cart's expiry times when a cart was shown; null otherwise. */
    Instant expiring() {
        return expiring;
    }

    Instant expiration() {
        return expiration;
    }
}
