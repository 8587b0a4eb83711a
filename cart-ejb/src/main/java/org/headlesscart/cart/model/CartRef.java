package org.headlesscart.cart.model;

/**
 * The cart a request names and who names it (contract §6.1–6.3): the key it sent, or null, and the logged-in user,
 * if any. Which cart that is, whether it is refused, and whether a guest cart is absorbed first, the cart service
 * decides (docs/carts-and-identity.md).
 *
 * @param key               the cart key as the request sent it; null or empty when it sent none
 * @param userId            the authenticated user's id; null for a guest
 * @param absorbsGuestCarts whether a guest key sent by this user merges that cart into the user's own: customers
 *                          yes, administrators and shop managers no (CoCart 5.0)
 */
public record CartRef(String key, Long userId, boolean absorbsGuestCarts) {

    public static CartRef guest(String key) {
        return new CartRef(key, null, false);
    }
}
