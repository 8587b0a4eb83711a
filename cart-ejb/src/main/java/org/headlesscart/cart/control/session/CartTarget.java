package org.headlesscart.cart.control.session;

/**
 * The cart a request works on, once its {@link org.headlesscart.cart.model.CartRef} is checked: the key, the user who
 * owns it (null for a guest cart) and a guest cart to absorb into it first (null when none).
 */
public record CartTarget(String key, Long userId, String guestKey) {

    public static CartTarget guest(String key) {
        return new CartTarget(key, null, null);
    }
}
