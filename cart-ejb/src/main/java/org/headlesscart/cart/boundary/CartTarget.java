package org.headlesscart.cart.boundary;

/**
 * The cart a request works on, once its {@link CartRef} is checked: the key, the user who owns it (null for a
 * guest cart) and a guest cart to absorb into it first (null when none).
 */
record CartTarget(String key, Long userId, String guestKey) {

    static CartTarget guest(String key) {
        return new CartTarget(key, null, null);
    }
}
