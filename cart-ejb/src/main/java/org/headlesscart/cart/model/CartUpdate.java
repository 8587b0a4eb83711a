package org.headlesscart.cart.model;

import java.math.BigDecimal;
import java.util.Map;

/** What a {@link CartUpdateCallback} may read and change of the locked cart. */
public interface CartUpdate {

    String cartKey();

    /** Whether the cart has no lines. */
    boolean isEmpty();

    /** Each line's quantity by item key, in cart order. */
    Map<String, BigDecimal> quantities();

    /**
     * Sets a line's quantity under the cart's rules (minimum, maximum, stock, sold individually); zero removes it.
     *
     * @return whether the quantity changed; {@code false} with an error notice added when a rule refused it
     */
    boolean setQuantity(String itemKey, BigDecimal quantity);

    /** The customer fields by canonical name ({@code billing_city}). */
    Map<String, String> customer();

    /** Sets customer fields by canonical name; the caller has validated them. Unknown names are ignored. */
    void setCustomer(Map<String, String> fields);

    /** Whether an error notice was added in this request. */
    boolean hasErrors();

    /** Adds a notice of a type ({@code success}, {@code error}, {@code notice}, {@code info}) to the response. */
    void notice(String type, String message);
}
