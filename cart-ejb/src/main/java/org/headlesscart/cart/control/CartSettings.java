package org.headlesscart.cart.control;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The cart's settings (MicroProfile Config; defaults in this module's microprofile-config.properties). */
@ApplicationScoped
public class CartSettings {

    @Inject @ConfigProperty(name = "headlesscart.cart.guest-expiration") Duration guestExpiration;
    @Inject @ConfigProperty(name = "headlesscart.cart.guest-expiring") Duration guestExpiring;
    @Inject @ConfigProperty(name = "headlesscart.cart.customer-expiration") Duration customerExpiration;
    @Inject @ConfigProperty(name = "headlesscart.cart.customer-expiring") Duration customerExpiring;
    @Inject @ConfigProperty(name = "headlesscart.cart.allow-custom-price") boolean customPriceAllowed;
    @Inject @ConfigProperty(name = "headlesscart.store.country") String storeCountry;
    @Inject @ConfigProperty(name = "headlesscart.store.currency-decimals") int currencyDecimals;

    public Duration guestExpiration() { return guestExpiration; }
    public Duration guestExpiring() { return guestExpiring; }

    /**
     * Now plus the windows of the cart under the key (decision 7): a user's cart (all digits, see
     * {@link CartKeys#isUserKey}) has the customers' windows, any other the guests'.
     */
    public CartWindows windows(String cartKey, Instant now) {
        return CartKeys.isUserKey(cartKey) ? new CartWindows(now.plus(customerExpiring), now.plus(customerExpiration))
                : new CartWindows(now.plus(guestExpiring), now.plus(guestExpiration));
    }
    /** Contract decision 8: a client-chosen {@code price} on add-item is honoured only when this is on. */
    public boolean customPriceAllowed() { return customPriceAllowed; }
    public int currencyDecimals() { return currencyDecimals; }

    /** The store's base country ("US" of "US:CA"); guests' addresses default to it, as WooCommerce's do. */
    public String baseCountry() {
        int colon = storeCountry.indexOf(':');
        return colon < 0 ? storeCountry : storeCountry.substring(0, colon);
    }

    /** The store's base state ("CA" of "US:CA"), {@code ""} when none. */
    public String baseState() {
        int colon = storeCountry.indexOf(':');
        return colon < 0 ? "" : storeCountry.substring(colon + 1);
    }
}
