package org.headlesscart.cart.model;

import java.util.Map;

/**
 * The extension point of {@code POST /cart/update} (contract §2.12, §11.1): a CDI bean implementing this interface
 * adds a namespace. The built-in {@code update-cart} and {@code update-customer} are callbacks too.
 *
 * <p>The callback runs inside the write's transaction, with the cart locked; what it changes through
 * {@link CartUpdate} is stored, or nothing is if it throws.
 */
public interface CartUpdateCallback {

    /** The {@code namespace} parameter that selects this callback, e.g. {@code gift-message}. */
    String namespace();

    /**
     * Applies the request to the cart.
     *
     * @param cart   the locked cart
     * @param params the request's parameters (query, then body), JSON values as Java strings, numbers, booleans,
     *               lists and maps
     */
    void update(CartUpdate cart, Map<String, Object> params);
}
