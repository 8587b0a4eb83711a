package org.headlesscart.cart.control.session;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
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
import org.headlesscart.cart.control.pricing.CartPricer;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;
import org.headlesscart.cart.model.CartStamp;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.model.PurchasableRead;

/**
 * Carts under their keys as they are shown, without a lock and without writing anything (STYLE §3.4: a GET never
 * writes) but the renewal of an expiring cart's times: the cart as a read shows it, the stamp such a read would
 * have, and the empty cart a write left unstored.
 */
@Dependent
public class CartReads {

    private static final Logger LOG = System.getLogger(CartReads.class.getName());

    @Inject
    CartStore store;

    @Inject
    CartSettings settings;

    @Inject
    CartProducts products;

    @Inject
    CartPricer pricer;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * The cart as shown now; lines re-validation drops are left out, not deleted (a read never writes them). A
     * stored cart whose "expiring" time has passed has its stored times renewed, as its headers show them.
     */
    public CartView read(String key) {
        Instant now = Instant.now();
        Cart cart = store.read(key).orElse(null);
        if (cart != null) {
            renewIfDue(key, cart.getId(), cart.getExpiringAt(), now);
        }
        return view(key, cart, new Notices(), true, now);
    }

    /**
     * Contract §6.4 slides a cart's expiry on every request that loads it; here a read renews both stored times to
     * what its headers show (now plus the windows) once the "expiring" time has passed: at most one UPDATE per
     * cart per expiring window, so reads stay writes-free in between and a stored cart never expires sooner than
     * the expiration window less the expiring window after its last read. Only outside a transaction (a plain read):
     * inside a write the write slides the times itself. A failed renewal does not fail the read; the next one
     * tries again.
     */
    private void renewIfDue(String key, long id, Instant expiringAt, Instant now) {
        if (!expiringAt.isBefore(now) || transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return;
        }
        try {
            store.renew(id, now, settings.windows(key, now));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not renew the expiry of cart " + id + "; the next read tries again", e);
        }
    }

    /** An empty cart under the key that a write left unstored (nothing to clear), with the write's notices. */
    public CartView unsaved(String key, Notices notices) {
        return view(key, null, notices, false, Instant.now());
    }

    private CartView view(String key, Cart cart, Notices notices, boolean stampable, Instant now) {
        if (cart == null) {
            return CartViews.of(key, null, List.of(), Map.of(), CartViews.UNPRICED, notices, settings, now);
        }
        PurchasableRead lines = products.read(CartProducts.idsOf(cart.getItems()));
        Map<Long, Purchasable> catalog = new HashMap<>(lines.products());
        List<CartItem> dropped = Revalidation.check(cart, catalog, notices);
        // After the cart's own entity manager is closed (CartStore#read): one rules read, one coupons query.
        CartPricer.Priced priced = pricer.price(cart, dropped, catalog, pricer.load(List.of()), notices, now,
                List.of());
        PurchasableRead shown = products.withCrossSells(lines, catalog);
        CartView view = CartViews.of(key, cart, dropped, shown.products(), priced.pricing(), notices, settings, now);
        return stampable ? stamped(view, cart, shown, priced.couponsValidUntil()) : view;
    }

    /**
     * The view with the stamp of what it was computed from, so that it can be kept and tagged; as it is when its
     * products were read at two catalog revisions. It stays right until a sale window of its products opens or
     * closes, or its first applied coupon expires ({@code couponsValidUntil}, null for none). Pricing admin writes
     * (rules, coupons) bump the catalog revision, so the stamp covers them.
     */
    static CartView stamped(CartView view, Cart cart, PurchasableRead shown, Instant couponsValidUntil) {
        Instant until = couponsValidUntil != null && couponsValidUntil.isBefore(shown.validUntil())
                ? couponsValidUntil : shown.validUntil();
        return shown.revision() == CartProducts.MIXED ? view
                : view.stamped(new CartStamp(cart.getId(), cart.getVersion(), shown.revision()), until);
    }

    /**
     * The stamp a read of the cart under the key would have now; empty when none is stored under it. A kept answer
     * is checked so instead of read, so its cart's stored times are renewed here as a read renews them.
     */
    public Optional<CartStamp> stamp(String key) {
        Optional<CartStore.Stored> found = store.stored(key);
        found.ifPresent(stored -> renewIfDue(key, stored.id(), stored.expiringAt(), Instant.now()));
        return found.map(stored -> new CartStamp(stored.id(), stored.version(), products.revision()));
    }
}
