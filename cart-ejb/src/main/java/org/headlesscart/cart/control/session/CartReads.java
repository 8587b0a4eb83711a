package org.headlesscart.cart.control.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.headlesscart.cart.control.CartSettings;
import org.headlesscart.cart.control.CartStore;
import org.headlesscart.cart.control.CartViews;
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
        return view(key, store.read(key).orElse(null), new Notices(), true, Instant.now());
    }

    /** An empty cart under the key that a write left unstored (nothing to clear), with the write's notices. */
    public CartView unsaved(String key, Notices notices) {
        return view(key, null, notices, false, Instant.now());
    }

    private CartView view(String key, Cart cart, Notices notices, boolean stampable, Instant now) {
        if (cart == null) {
            return CartViews.of(key, null, List.of(), Map.of(), notices, settings, now);
        }
        PurchasableRead lines = products.read(CartProducts.idsOf(cart.getItems()));
        Map<Long, Purchasable> catalog = new HashMap<>(lines.products());
        List<CartItem> dropped = Revalidation.check(cart, catalog, notices);
        PurchasableRead shown = products.withCrossSells(lines, catalog);
        CartView view = CartViews.of(key, cart, dropped, shown.products(), notices, settings, now);
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
