package org.headlesscart.cart.control.session;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.headlesscart.cart.control.CartMerge;
import org.headlesscart.cart.control.CartSettings;
import org.headlesscart.cart.control.CartStore;
import org.headlesscart.cart.control.CartViews;
import org.headlesscart.cart.control.CartWindows;
import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.control.Notices;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.control.Revalidation;
import org.headlesscart.cart.control.pricing.CartChoices;
import org.headlesscart.cart.control.pricing.CartPricer;
import org.headlesscart.cart.control.pricing.StorePricing;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.model.CartStamp;
import org.headlesscart.cart.model.CartTags;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.cart.model.WriteConditions;
import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.model.PurchasableRead;
import org.headlesscart.customer.boundary.AccountService;
import org.headlesscart.platform.outbox.Outbox;

/**
 * Carts under their keys for a write, in the write's transaction (STYLE §3.4): the cart locked (or created, with a
 * guest cart to absorb merged in) with the catalog snapshots of its lines, the write's If-Match checked under the
 * lock, and the cart stored and shown once the write is done.
 */
@Dependent
public class LockedCarts {

    private static final Logger LOG = System.getLogger(LockedCarts.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    CartStore store;

    @EJB
    AccountService accounts;

    @Inject
    CartSettings settings;

    @Inject
    CartProducts products;

    @Inject
    CartPricer pricer;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The stored cart, locked (a guest cart to absorb merged in); empty when there is none under the key. */
    public Optional<LockedCart> lock(CartTarget target) {
        if (target.guestKey() != null) {
            return absorbing(target, List.of(), false);
        }
        Optional<Cart> found = store.lock(target.key());
        checkIfMatch(found);
        return found.map(cart -> locked(cart, List.of()));
    }

    /** The cart locked, or a new one; {@code alsoNeeded} are catalog ids the write will add. */
    public LockedCart lockOrCreate(CartTarget target, Collection<Long> alsoNeeded) {
        Instant now = Instant.now();
        if (target.key().equals(transactions.getResource(CartOwners.GENERATED_KEY))) {
            checkIfMatch(Optional.empty());
            return locked(store.newCart(target.key(), now, settings.windows(target.key(), now)), alsoNeeded);
        }
        if (target.guestKey() != null) {
            return absorbing(target, alsoNeeded, true).orElseThrow();
        }
        Optional<Cart> found = store.lock(target.key());
        checkIfMatch(found);
        return locked(found.orElseGet(() -> create(target)), alsoNeeded);
    }

    /**
     * The write's If-Match ({@link PendingIfMatch}), checked once per transaction right after the cart row is
     * locked, against the cart as it was before this write: under the lock no other write can slip in between
     * the check and the change. No stored cart has no tag, so then only an absent If-Match passes (RFC 9110
     * §13.1.1: {@code *} too needs a current representation).
     */
    private void checkIfMatch(Optional<Cart> current) {
        Optional<WriteConditions.IfMatch> ifMatch = PendingIfMatch.take(transactions);
        if (ifMatch.isEmpty()) {
            return;
        }
        boolean matches = current.isPresent() && (ifMatch.get().any() || ifMatch.get().tags().stream()
                .anyMatch(tag -> CartTags.isCurrent(tag, new CartStamp(current.get().getId(),
                        current.get().getVersion(), products.transactionRevision()), Instant.now())));
        if (!matches) {
            throw new Refusal(Refusal.Reason.CART_MODIFIED,
                    "The cart has changed since it was read: data.cart is the cart now.");
        }
    }

    /**
     * A customer's guest cart absorbed by a request that changes nothing else (a read or {@code POST /login} naming
     * the guest key; contract §6.3): both carts locked as {@link #absorbing} does, the guest cart merged into the
     * customer's (created if need be) and deleted. Empty when there is no guest cart to absorb (it never existed,
     * or a parallel request absorbed it first): then nothing is written.
     */
    public Optional<LockedCart> absorb(CartTarget target) {
        Map<String, Optional<Cart>> held = lockBoth(target);
        Optional<Cart> guest = held.get(target.guestKey());
        return guest.map(found -> merged(target, found, held.get(target.key()), List.of()));
    }

    /**
     * Locks the user's cart and the guest cart to absorb, always in the order of their keys, so that two requests
     * that need both never wait for each other crosswise. When the guest cart is still there, it is merged into
     * the user's cart (created if need be) and deleted, in this transaction; when a parallel request absorbed it
     * first, its lock was waited for and the user's cart is used as that request left it.
     */
    private Optional<LockedCart> absorbing(CartTarget target, Collection<Long> alsoNeeded, boolean create) {
        Map<String, Optional<Cart>> held = lockBoth(target);
        Optional<Cart> guest = held.get(target.guestKey());
        Optional<Cart> own = held.get(target.key());
        checkIfMatch(own);
        if (guest.isEmpty()) {
            return (create ? Optional.of(own.orElseGet(() -> create(target))) : own).map(c -> locked(c, alsoNeeded));
        }
        return Optional.of(merged(target, guest.get(), own, alsoNeeded));
    }

    private Map<String, Optional<Cart>> lockBoth(CartTarget target) {
        Map<String, Optional<Cart>> held = new HashMap<>();
        for (String key : new TreeSet<>(List.of(target.key(), target.guestKey()))) {
            held.put(key, store.lock(key));
        }
        return held;
    }

    /** The guest cart merged into the user's (created if need be), and deleted. */
    private LockedCart merged(CartTarget target, Cart guest, Optional<Cart> own, Collection<Long> alsoNeeded) {
        Set<Long> needed = CartProducts.idsOf(guest.getItems());
        needed.addAll(alsoNeeded);
        LockedCart locked = locked(own.orElseGet(() -> create(target)), needed);
        CartMerge.absorb(guest, locked);
        store.remove(guest);
        LOG.log(Level.INFO, "Guest cart {0}… merged into the cart of user {1}",
                target.guestKey().substring(0, Math.min(6, target.guestKey().length())), target.userId());
        return locked;
    }

    private Cart create(CartTarget target) {
        Instant now = Instant.now();
        // A customer's cart starts with their account's details, as WooCommerce loads them into the session.
        Map<String, String> details = target.userId() == null ? Map.of()
                : accounts.customerFields(target.userId()).orElse(Map.of());
        Cart cart = store.create(target.key(), target.userId(), now, settings.windows(target.key(), now), details);
        outbox.record("cart.created", target.key());
        return cart;
    }

    /**
     * Re-validates the written cart and deletes what re-validation drops, slides its expiry, stores it and shows
     * it. The version in the answer is the one just stored, and so is its stamp.
     */
    public CartView save(LockedCart locked) {
        Cart cart = locked.cart();
        Set<Long> ids = CartProducts.idsOf(cart.getItems());
        Map<Long, Purchasable> catalog = locked.products().keySet().containsAll(ids) ? locked.products()
                : products.of(ids);
        Revalidation.check(cart, catalog, locked.notices()).forEach(cart::drop);
        Instant now = Instant.now();
        StorePricing read = locked.pricing() != null ? locked.pricing() : pricer.load(List.of());
        CartPricer.Priced priced = pricer.price(cart, List.of(), catalog, read, locked.notices(), now, List.of());
        if (!priced.invalidCoupons().isEmpty()) {
            CartChoices choices = CartChoices.of(cart);
            choices.coupons().removeAll(priced.invalidCoupons());   // a write removes them for good
            choices.storeIn(cart);
        }
        CartWindows windows = settings.windows(cart.getCartKey(), now);
        cart.touch(now, windows.expiring(), windows.expiration());
        cart.recordTotal(priced.pricing().priced().totals().total());
        // The webhook event (docs/webhooks.md), only written while a webhook listens to cart topics.
        outbox.record(cart.getId() == null ? "cart.created" : "cart.updated", cart.getCartKey());
        if (cart.getId() == null) {
            store.insert(cart);                 // a new cart under a key this request generated (lockOrCreate)
        }
        store.flush();
        // Stamped as a read of the stored cart would be, so the write's ETag is the one GET /cart then gives.
        PurchasableRead shown = products.withCrossSells(products.read(CartProducts.idsOf(cart.getItems())), catalog);
        CartView view = CartViews.of(cart.getCartKey(), cart, List.of(), shown.products(), priced.pricing(),
                locked.notices(), settings, now);
        return CartReads.stamped(view, cart, shown, priced.couponsValidUntil());
    }

    private LockedCart locked(Cart cart, Collection<Long> alsoNeeded) {
        Set<Long> ids = CartProducts.idsOf(cart.getItems());
        ids.addAll(alsoNeeded);
        return new LockedCart(cart, products.of(ids), new Notices());
    }
}
