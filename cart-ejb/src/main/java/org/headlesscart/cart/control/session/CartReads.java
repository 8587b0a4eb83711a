package org.headlesscart.cart.control.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.headlesscart.cart.control.CartMerge;
import org.headlesscart.cart.control.CartSettings;
import org.headlesscart.cart.control.CartStore;
import org.headlesscart.cart.control.CartViews;
import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.control.Notices;
import org.headlesscart.cart.control.Revalidation;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;
import org.headlesscart.cart.model.CartStamp;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.model.PurchasableRead;

/**
 * Carts under their keys as they are shown, without a lock and without writing anything (STYLE §3.4: a GET never
 * writes): the cart as a read shows it, the stamp such a read would have, and the empty cart a write left unstored.
 */
@Dependent
public class CartReads {

    @Inject
    CartStore store;

    @Inject
    CartSettings settings;

    @Inject
    CartProducts products;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The cart as shown now; lines re-validation drops are left out, not deleted (a read never writes). */
    public CartView read(String key) {
        return view(key, store.read(key).orElse(null), new Notices(), true);
    }

    /**
     * The target's cart as shown now. A logged-in customer's first read with a guest key shows the guest cart
     * merged in, without writing: the merge itself happens on their first write (a read never writes;
     * docs/carts-and-identity.md). Such a view has no stamp, so it is never kept.
     */
    public CartView read(CartTarget target) {
        if (target.guestKey() == null || transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return read(target.key());
        }
        Optional<Cart> guest = store.read(target.guestKey());
        if (guest.isEmpty()) {
            return read(target.key());
        }
        Instant now = Instant.now();
        // Both carts were read by entity managers already closed: what the merge changes here is never stored.
        Cart cart = store.read(target.key()).orElseGet(() -> new Cart(target.key(), now, now, now)
                .ownedBy(target.userId()));
        Set<Long> ids = CartProducts.idsOf(cart.getItems());
        ids.addAll(CartProducts.idsOf(guest.get().getItems()));
        Notices notices = new Notices();
        CartMerge.absorb(guest.get(), new LockedCart(cart, products.of(ids), notices));
        return view(target.key(), cart, notices, false);
    }

    /** An empty cart under the key that a write left unstored (nothing to clear), with the write's notices. */
    public CartView unsaved(String key, Notices notices) {
        return view(key, null, notices, false);
    }

    private CartView view(String key, Cart cart, Notices notices, boolean stampable) {
        if (cart == null) {
            return CartViews.of(key, null, List.of(), Map.of(), notices, settings, Instant.now());
        }
        PurchasableRead lines = products.read(CartProducts.idsOf(cart.getItems()));
        Map<Long, Purchasable> catalog = new HashMap<>(lines.products());
        List<CartItem> dropped = Revalidation.check(cart, catalog, notices);
        PurchasableRead shown = products.withCrossSells(lines, catalog);
        CartView view = CartViews.of(key, cart, dropped, shown.products(), notices, settings, Instant.now());
        return stampable ? stamped(view, cart, shown) : view;
    }

    /**
     * The view with the stamp of what it was computed from, so that it can be kept and tagged; as it is when its
     * products were read at two catalog revisions.
     */
    static CartView stamped(CartView view, Cart cart, PurchasableRead shown) {
        return shown.revision() == CartProducts.MIXED ? view
                : view.stamped(new CartStamp(cart.getId(), cart.getVersion(), shown.revision()), shown.validUntil());
    }

    /** The stamp a read of the cart under the key would have now; empty when none is stored under it. */
    public Optional<CartStamp> stamp(String key) {
        return store.stored(key).map(stored -> new CartStamp(stored.id(), stored.version(), products.revision()));
    }
}
