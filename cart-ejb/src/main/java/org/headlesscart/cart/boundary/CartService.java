package org.headlesscart.cart.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import org.headlesscart.cart.control.CartStore;
import org.headlesscart.cart.control.pricing.ProductQuotes;
import org.headlesscart.cart.control.session.CartOwners;
import org.headlesscart.cart.control.session.CartReads;
import org.headlesscart.cart.control.session.CartTarget;
import org.headlesscart.cart.control.writes.CartWrites;
import org.headlesscart.cart.control.writes.ConditionalWrites;
import org.headlesscart.cart.model.AddItemCommand;
import org.headlesscart.cart.model.AddItemsCommand;
import org.headlesscart.cart.model.CartAnswer;
import org.headlesscart.cart.model.CartChange;
import org.headlesscart.cart.model.CartOperation;
import org.headlesscart.cart.model.CartRef;
import org.headlesscart.cart.model.CartStamp;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.cart.model.CheckoutCart;
import org.headlesscart.cart.model.ProductRates;
import org.headlesscart.cart.model.WriteConditions;

/**
 * The cart component's boundary: CoCart's cart routes 1–13 (contract §2). Every write is one transaction that
 * locks the cart row first; reads take no lock and never write, bar a customer's guest cart merge ({@link #absorb}).
 *
 * <p>{@code cart} names the cart: the key the request named, or none, and the logged-in user, if any. A guest's
 * read without a key shows an empty cart under a new key; a guest's write without one starts a cart under a new
 * key. A logged-in user's cart is keyed by their id; a customer's first request with a guest key, of any method,
 * absorbs that guest cart and stores the result ({@link CartOwners}, docs/carts-and-identity.md).
 *
 * @throws CartException on every refusal, with its reason
 */
@Stateless
@Interceptors(CartRefusals.class)
public class CartService {

    @Inject
    CartReads reads;

    @Inject
    CartWrites writes;

    @Inject
    CartOwners owners;

    @Inject
    ConditionalWrites conditional;

    @Inject
    CartStore store;

    @Inject
    ProductQuotes quotes;

    @Resource
    SessionContext context;

    /**
     * GET /cart, /cart/items, /cart/item/{key}, /cart/items/count, /cart/totals. Never writes, but for a logged-in
     * customer naming a guest key: that guest cart is absorbed and stored first ({@link #absorb}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CartView view(CartRef cart) {
        CartTarget target = owners.target(cart);
        if (target.guestKey() == null) {
            return reads.read(target.key());
        }
        // Through the container, so that the merge runs in a transaction: this method runs in none.
        return context.getBusinessObject(CartService.class).absorb(cart);
    }

    /**
     * The cart a logged-in customer's request shows when it names a guest key and changes nothing else (a read,
     * {@code POST /login}; contract §6.3, docs/carts-and-identity.md): the guest cart merged into theirs under
     * the locks of both, as their first write would, and deleted; the merge's notices are shown once. A plain read
     * when there is nothing to absorb (no guest key, staff, or the guest cart is gone).
     */
    public CartView absorb(CartRef cart) {
        return writes.absorb(owners.target(cart));
    }

    /**
     * The stamp {@link #view} would give the cart under the key now, without computing the view: the cart's row
     * id and version, then the catalog revision; two primary-key reads outside any transaction. Empty when no cart
     * is stored under the key (or none was named).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<CartStamp> stamp(CartRef cart) {
        if (cart.key() == null || cart.key().isEmpty()) {
            return Optional.empty();
        }
        CartTarget target = owners.target(cart);
        return target.guestKey() != null ? Optional.empty() : reads.stamp(target.key());
    }

    /**
     * Whether a cart is stored under the key and its expiry has passed: the cleanup deletes it at its next run. One
     * read outside any transaction that renews nothing, unlike {@link #stamp} and {@link #view}, whose reads give an
     * expired cart new times as the API's routes do. The hosted checkout asks this first (docs/hosted-checkout.md).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean isExpired(CartRef cart) {
        if (cart.key() == null || cart.key().isEmpty()) {
            return false;
        }
        CartTarget target = owners.target(cart);
        return target.guestKey() == null
                && store.expiresAt(target.key()).filter(at -> at.isBefore(Instant.now())).isPresent();
    }

    /**
     * POST /cart (CoCart 4.4+, contract §2): an empty guest cart stored under a new key, a new one on every call
     * (docs/carts-and-identity.md).
     */
    public CartView create() {
        return writes.create(CartTarget.guest(owners.keyOrNew(null)));
    }

    /** POST /cart/add-item: the rules of contract §13.2, in CoCart's order. */
    public CartChange addItem(CartRef cart, AddItemCommand command) {
        return one(cart, new CartOperation.AddItem(command));
    }

    /** POST /cart/add-items: each child of a grouped product as if added on its own (contract §2.3, §13.4). */
    public CartChange addItems(CartRef cart, AddItemsCommand command) {
        return one(cart, new CartOperation.AddItems(command));
    }

    /** POST /cart/item/{key}: a quantity of "0" removes the line. */
    public CartChange updateItem(CartRef cart, String itemKey, String quantity) {
        return one(cart, new CartOperation.UpdateItem(itemKey, quantity));
    }

    /** DELETE /cart/item/{key}: the line moves to the removed lines, from where it can be restored. */
    public CartChange removeItem(CartRef cart, String itemKey) {
        return one(cart, new CartOperation.RemoveItem(itemKey));
    }

    /** PUT/PATCH /cart/item/{key}: a removed line comes back with its key and quantity. */
    public CartChange restoreItem(CartRef cart, String itemKey) {
        return one(cart, new CartOperation.RestoreItem(itemKey));
    }

    /** POST /cart/calculate: re-validates and stores what re-validation dropped. */
    public CartView calculate(CartRef cart) {
        return one(cart, new CartOperation.Calculate()).cart();
    }

    /** POST /cart/clear: empties the cart; removed lines go too unless kept. */
    public CartView clear(CartRef cart, boolean keepRemovedItems) {
        return one(cart, new CartOperation.Clear(keepRemovedItems)).cart();
    }

    /** POST /cart/update: runs the callback registered for the namespace (contract §2.12, §11.1). */
    public CartView update(CartRef cart, String namespace, Map<String, Object> params) {
        return one(cart, new CartOperation.Update(namespace, params)).cart();
    }

    /**
     * A CoCart Plus v2 write (COCART-PLUS §1.2: apply-coupon, coupons DELETE and validate, add-fee, remove-fees,
     * set-shipping-method), one transaction locking the cart row as every write. None starts a cart.
     */
    public CartView plus(CartRef cart, CartOperation operation) {
        return one(cart, operation).cart();
    }

    /**
     * {@code GET products/{id}/shipping-rates} (COCART-PLUS §1.2): the rates a one-line cart of the product would be
     * offered at the customer's address (or the store's); nothing is stored.
     *
     * @param userId the logged-in customer, or null
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProductRates productRates(String idOrSku, String quantity, Map<String, String> variation, Long userId) {
        return quotes.quote(idOrSku, quantity, variation, userId);
    }

    /**
     * The CoCart batch (contract §12, docs/batch.md): the operations in order on one cart, in one transaction
     * that locks the cart once (creating it only when an operation adds to it), shares one set of notices, and
     * re-validates, totals and stores the cart once at the end. All or nothing.
     *
     * @return the cart after the last operation, with what the last operation answers with
     * @throws CartOperationException when an operation is refused: its refusal and index; nothing is stored
     * @throws CartException when the cart itself is refused (its key)
     */
    public CartChange apply(CartRef cart, List<CartOperation> operations) {
        return writes.apply(owners.target(cart), operations, true);
    }

    private CartChange one(CartRef cart, CartOperation operation) {
        return writes.apply(owners.target(cart), List.of(operation), false);
    }

    /**
     * Checkout's seam (COCART-PLUS §4.5, docs/checkout.md): in the caller's transaction, the cart locked (held until
     * that transaction ends), the operations applied as their routes apply them (update-customer,
     * set-shipping-method, apply-coupon, remove-coupon), then re-validated, priced, stored and snapshot for an
     * order. Empty when the cart has no lines.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CheckoutCart checkout(CartRef cart, List<CartOperation> operations) {
        return writes.checkout(owners.target(cart), operations);
    }

    /** Empties the cart an order was just placed and paid from, in checkout's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void emptyAfterCheckout(CartRef cart) {
        writes.emptyAfterCheckout(owners.target(cart));
    }

    /**
     * One cart write under its {@code If-Match} and {@code Idempotency-Key}, in one transaction: {@code write}
     * calls one of the write methods above (which joins this transaction) and renders its answer. With a key
     * already answered, that answer comes back ({@link CartAnswer#replayed()}) and {@code write} is not called.
     *
     * @throws CartException {@code CART_MODIFIED} when the If-Match fails once the cart is locked,
     *                       {@code IDEMPOTENCY_KEY_REUSED} when the key was answered for another request
     */
    public CartAnswer conditionally(CartRef cart, WriteConditions conditions, Supplier<CartAnswer> write) {
        return conditional.run(cart, conditions, write);
    }

    /** Deletes up to {@code limit} Idempotency-Key records past their lifetime, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeExpiredIdempotencyKeys(int limit) {
        return conditional.purgeExpired(limit);
    }

    /**
     * Deletes up to {@code limit} carts whose expiry has passed, in a transaction of its own so that each batch
     * holds its row locks briefly; how many it deleted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeExpired(int limit) {
        return store.deleteExpired(Instant.now(), limit);
    }
}
