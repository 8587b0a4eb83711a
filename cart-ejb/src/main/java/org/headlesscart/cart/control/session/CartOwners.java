package org.headlesscart.cart.control.session;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.headlesscart.cart.control.CartKeys;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.model.CartRef;
import org.headlesscart.customer.boundary.AccountService;

/**
 * Which cart a request works on (contract §6.1–6.3, decision 6; docs/carts-and-identity.md):
 * <ul>
 * <li>a guest: the key it named, or a new guest key; a key of digits only is refused, with 403
 *     {@code cocart_must_authenticate_user} when it is a registered user's id and 400 {@code rest_invalid_param}
 *     otherwise, because a user registered later would inherit that cart;</li>
 * <li>a logged-in user without a key, or naming their own id: their own cart, keyed by their id;</li>
 * <li>a logged-in user naming another key of digits: refused as for a guest;</li>
 * <li>a logged-in customer naming a guest key: their own cart, after the guest cart is absorbed into it; a shop
 *     manager or administrator naming a guest key works on that guest cart as it is (CoCart 5.0: staff never
 *     absorb guest carts).</li>
 * </ul>
 */
@Dependent
public class CartOwners {

    /** The key this transaction generated, if it did: no other request can name that cart yet. */
    static final Object GENERATED_KEY = new Object();

    @EJB
    AccountService accounts;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public CartTarget target(CartRef ref) {
        String requested = ref.key() == null || ref.key().isEmpty() ? null : keyOrNew(ref.key());
        if (ref.userId() == null) {
            return CartTarget.guest(requested == null ? keyOrNew(null) : notReserved(requested));
        }
        String own = Long.toString(ref.userId());
        if (requested == null || requested.equals(own)) {
            return new CartTarget(own, ref.userId(), null);
        }
        notReserved(requested);
        return ref.absorbsGuestCarts() ? new CartTarget(own, ref.userId(), requested) : CartTarget.guest(requested);
    }

    /** The key the request named, checked (contract decision 6), or a new guest key when it named none. */
    public String keyOrNew(String requested) {
        if (requested == null || requested.isEmpty()) {
            String key = CartKeys.newGuestKey();
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.putResource(GENERATED_KEY, key);
            }
            return key;
        }
        if (!CartKeys.isValid(requested)) {
            throw Refusal.invalidParam(Refusal.Reason.INVALID_CART_KEY, "cart_key",
                    "A cart key is 1 to 42 characters of a-z, 0-9, _ and -.");
        }
        return requested;
    }

    private String notReserved(String key) {
        if (!CartKeys.isReserved(key)) {
            return key;
        }
        if (CartKeys.isUserKey(key) && accounts.isRegistered(Long.parseLong(key))) {
            throw new Refusal(Refusal.Reason.MUST_AUTHENTICATE_USER,
                    "Must authenticate customer as the cart key provided is a registered customer.");
        }
        throw Refusal.invalidParam(Refusal.Reason.INVALID_CART_KEY, "cart_key",
                "A cart key of digits only is reserved for a registered customer's cart.");
    }
}
