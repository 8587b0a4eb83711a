package org.headlesscart.cart.boundary;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.headlesscart.catalog.boundary.Purchasable;
import org.headlesscart.catalog.boundary.PurchasableRead;
import org.headlesscart.cart.control.CartKeys;
import org.headlesscart.cart.control.CartSettings;
import org.headlesscart.cart.control.CartStore;
import org.headlesscart.cart.control.CartViews;
import org.headlesscart.cart.control.ContactCapture;
import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.control.Notices;
import org.headlesscart.cart.control.Revalidation;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;

/**
 * Carts under their keys for the cart service: reading one as it is shown, locking one for a write, and storing
 * and showing it after the write. Runs in the service's transaction.
 */
@Dependent
class CartSessions {

    @Inject
    CartStore store;

    @Inject
    CartSettings settings;

    @Inject
    CartProducts products;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The key this transaction generated, if it did: no other request can name that cart yet. */
    private static final Object GENERATED_KEY = new Object();

    /** The key the request named, checked (contract decision 6), or a new guest key when it named none. */
    String keyOrNew(String requested) {
        if (requested == null || requested.isEmpty()) {
            String key = CartKeys.newGuestKey();
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.putResource(GENERATED_KEY, key);
            }
            return key;
        }
        if (!CartKeys.isValid(requested)) {
            throw new CartException(CartFailure.INVALID_CART_KEY, "Invalid parameter(s): cart_key",
                    Map.of("cart_key", "A cart key is 1 to 42 characters of a-z, 0-9, _ and -."));
        }
        return requested;
    }

    /** The cart as shown now; lines re-validation drops are left out, not deleted (a read never writes). */
    CartView read(String key) {
        return readWithNotice(key, null, null);
    }

    CartView readWithNotice(String key, String type, String message) {
        Cart cart = store.read(key).orElse(null);
        Notices notices = new Notices();
        if (message != null) {
            notices.add(type, message);
        }
        if (cart == null) {
            return CartViews.of(key, null, List.of(), Map.of(), notices, settings, Instant.now());
        }
        PurchasableRead lines = products.read(ids(cart.getItems()));
        Map<Long, Purchasable> catalog = new HashMap<>(lines.products());
        List<CartItem> dropped = Revalidation.check(cart, catalog, notices);
        PurchasableRead shown = products.withCrossSells(lines, catalog);
        CartView view = CartViews.of(key, cart, dropped, shown.products(), notices, settings, Instant.now());
        return message != null || shown.revision() == CartProducts.MIXED ? view
                : view.stamped(new CartStamp(cart.getId(), cart.getVersion(), shown.revision()), shown.validUntil());
    }

    /** The stamp a read of the cart under the key would have now; empty when none is stored under it. */
    Optional<CartStamp> stamp(String key) {
        return store.stored(key).map(stored -> new CartStamp(stored.id(), stored.version(), products.revision()));
    }

    /** The stored cart, locked; empty when there is none under the key. */
    Optional<LockedCart> lock(String key) {
        products.takeConnectionBeforeLocking();
        return store.lock(key).map(cart -> locked(cart, List.of()));
    }

    /** The cart locked, or a new one; {@code alsoNeeded} are catalog ids the write will add. */
    LockedCart lockOrCreate(String key, Collection<Long> alsoNeeded) {
        Instant now = Instant.now();
        if (key.equals(transactions.getResource(GENERATED_KEY))) {
            return locked(store.add(key, now, now.plus(settings.guestExpiration())), alsoNeeded);
        }
        products.takeConnectionBeforeLocking();
        Cart cart = store.lock(key).orElseGet(() -> store.create(key, now, now.plus(settings.guestExpiration())));
        return locked(cart, alsoNeeded);
    }

    /**
     * Re-validates the written cart and deletes what re-validation drops, slides its expiry, stores it and shows
     * it. The version in the answer is the one just stored.
     */
    CartView save(LockedCart locked) {
        Cart cart = locked.cart();
        Set<Long> ids = ids(cart.getItems());
        Map<Long, Purchasable> catalog = locked.products().keySet().containsAll(ids) ? locked.products()
                : products.of(ids);
        Revalidation.check(cart, catalog, locked.notices()).forEach(cart::drop);
        Instant now = Instant.now();
        cart.touch(now, now.plus(settings.guestExpiration()));
        cart.recordTotal(CartViews.totalMinor(cart, catalog));
        store.flush();
        return CartViews.of(cart.getCartKey(), cart, List.of(), products.withCrossSells(catalog), locked.notices(),
                settings, now);
    }

    int purgeExpired(int limit) {
        return store.deleteExpired(Instant.now(), limit);
    }

    /** Contract §11.6: a valid e-mail or phone sent with an add becomes the customer's billing contact. */
    void capture(LockedCart locked, String email, String phone) {
        ContactCapture.apply(locked.cart().getCustomer(), email, phone);
    }

    private LockedCart locked(Cart cart, Collection<Long> alsoNeeded) {
        Set<Long> ids = ids(cart.getItems());
        ids.addAll(alsoNeeded);
        return new LockedCart(cart, products.of(ids), new Notices());
    }

    private static Set<Long> ids(Collection<CartItem> items) {
        Set<Long> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.purchasedId()));
        return ids;
    }
}
