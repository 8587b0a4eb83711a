package org.headlesscart.cart.control.writes;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.headlesscart.cart.control.Adding;
import org.headlesscart.cart.control.CartStore;
import org.headlesscart.cart.control.pricing.CartChoices;
import org.headlesscart.cart.control.pricing.CartPricer;
import org.headlesscart.cart.control.pricing.StorePricing;
import org.headlesscart.cart.control.CartLines;
import org.headlesscart.cart.control.ContactCapture;
import org.headlesscart.cart.control.JsonText;
import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.control.Notices;
import org.headlesscart.cart.control.Quantities;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.control.session.CartProducts;
import org.headlesscart.cart.control.session.CartReads;
import org.headlesscart.cart.control.session.CartTarget;
import org.headlesscart.cart.control.session.LockedCarts;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.model.AddItemCommand;
import org.headlesscart.cart.model.CartChange;
import org.headlesscart.cart.model.CartOperation;
import org.headlesscart.cart.model.CartUpdateCallback;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.cart.model.CheckoutCart;
import org.headlesscart.catalog.model.Purchasable;

/**
 * Applies cart operations to one cart in the caller's transaction: each single write route's one operation, and a
 * batch's list (contract §12, docs/batch.md). In three phases:
 * <ol>
 * <li>each operation's checks that need no cart (the product, the quantity's form, the namespace) and its catalog
 *     reads, before the lock (STYLE §3.4);</li>
 * <li>the cart locked once; created only when an operation adds to it (add-item, add-items, update), so a batch
 *     of removals on an unknown key stores nothing, as the single routes;</li>
 * <li>the operations in order on the locked cart, sharing its notices; then the cart re-validated, totalled and
 *     stored once.</li>
 * </ol>
 * The first refusal in the order of the operations wins: when operation k failed its checks in phase 1, the
 * operations before k still run, and one of them may be the refusal reported.
 */
@Dependent
public class CartWrites {

    /** What an operation answers with besides the cart ({@link CartChange}). */
    record Outcome(List<String> itemKeys, String message, BigDecimal quantity) {

        static final Outcome NONE = new Outcome(List.of(), null, null);
    }

    /** An operation checked and ready to apply to the locked cart. */
    interface Step {

        /** Whether the operation needs the cart stored: it starts one under the key when there is none. */
        default boolean creates() {
            return false;
        }

        /** Catalog ids the operation will add, read with the cart's own lines when it is locked. */
        default Collection<Long> productIds() {
            return List.of();
        }

        /** Coupon codes the operation names besides the cart's own, read before the lock. */
        default Collection<String> couponCodes() {
            return List.of();
        }

        Outcome apply(LockedCart locked);

        /** A step that needs the cart stored, adding the products of {@code productIds} to it. */
        static Step creating(Collection<Long> productIds, Function<LockedCart, Outcome> apply) {
            return new Step() {
                @Override
                public boolean creates() {
                    return true;
                }

                @Override
                public Collection<Long> productIds() {
                    return productIds;
                }

                @Override
                public Outcome apply(LockedCart locked) {
                    return apply.apply(locked);
                }
            };
        }
    }

    @Inject
    LockedCarts locks;

    @Inject
    CartReads reads;

    @Inject
    CartProducts products;

    @Inject
    CartUpdates updates;

    @Inject
    CartStore store;

    @Inject
    CartPricer pricer;

    @Inject
    PricingSteps pricingSteps;

    /**
     * @param indexed whether refusals carry the operation's index ({@link Refusal#at}): a batch's do, a single
     *                route's are the plain refusal
     * @return the cart afterwards, with what the last operation answers with
     */
    public CartChange apply(CartTarget target, List<CartOperation> operations, boolean indexed) {
        List<Step> steps = new ArrayList<>();
        Refusal refused = null;
        for (int i = 0; i < operations.size() && refused == null; i++) {
            try {
                steps.add(prepare(operations.get(i)));
            } catch (Refusal e) {
                refused = indexed ? e.at(i) : e;
            }
        }
        if (steps.isEmpty() && refused != null) {
            throw refused;
        }
        StorePricing pricing = readPricing(target, steps);
        Optional<LockedCart> stored = lock(target, steps);
        LockedCart locked = stored.orElseGet(() -> unstored(target));
        locked.usePricing(pricing);
        Outcome last = Outcome.NONE;
        for (int i = 0; i < steps.size(); i++) {
            try {
                last = steps.get(i).apply(locked);
            } catch (Refusal e) {
                throw indexed ? e.at(i) : e;
            }
        }
        if (refused != null) {
            throw refused;
        }
        CartView cart = stored.isPresent() ? locks.save(locked) : reads.unsaved(target.key(), locked.notices());
        return new CartChange(cart, last.itemKeys(), last.message(), last.quantity());
    }

    /**
     * Checkout's look at the cart (COCART-PLUS §4.5), in the caller's transaction: the cart locked as every write
     * locks it (the lock is held until checkout's transaction ends), the operations applied (the checkout's
     * addresses, shipping method, coupons), then re-validated, priced and stored, and shown as an order would keep
     * it. The problems are found before re-validation drops what is gone. An empty snapshot when no cart is stored
     * under the key or it has no lines; then the operations are not applied.
     */
    public CheckoutCart checkout(CartTarget target, List<CartOperation> operations) {
        List<Step> steps = new ArrayList<>();
        operations.forEach(operation -> steps.add(prepare(operation)));
        StorePricing pricing = readPricing(target, steps);
        Optional<LockedCart> stored = locks.lock(target);
        if (stored.isEmpty() || stored.get().cart().lines().isEmpty()) {
            CartView view = stored.isPresent() ? reads.read(target.key()) : reads.unsaved(target.key(), new Notices());
            return new CheckoutCart(view, List.of(), List.of(), List.of(), null, null);
        }
        LockedCart locked = stored.get();
        locked.usePricing(pricing);
        String refusedRate = null;
        for (int i = 0; i < steps.size(); i++) {
            try {
                steps.get(i).apply(locked);
            } catch (Refusal e) {
                // Checkout words an unknown rate its own way (cocart_invalid_shipping_method); other refusals stand.
                if (!(operations.get(i) instanceof CartOperation.SetShippingMethod set)) {
                    throw e;
                }
                refusedRate = set.rateId();
            }
        }
        List<CheckoutCart.Problem> problems = CheckoutSnapshots.problems(locked);
        List<String> coupons = CartChoices.of(locked.cart()).coupons();
        CartView view = locks.save(locked);
        List<String> removed = new ArrayList<>(coupons);
        removed.removeAll(CartChoices.of(locked.cart()).coupons());
        return CheckoutSnapshots.of(view, locked, problems, removed, refusedRate);
    }

    /**
     * Empties the cart checkout has just turned into an order, in checkout's transaction (which holds its lock):
     * lines, removed lines, coupons, fees and chosen rates go, as WooCommerce's {@code empty_cart()} after a
     * payment; the customer's addresses stay for the next order.
     */
    public void emptyAfterCheckout(CartTarget target) {
        // The row is already locked by this transaction (checkout locked it first): no catalog read is needed.
        store.lock(target.key()).ifPresent(cart -> {
            cart.empty(false);
            cart.setPricingJson(null, null, null);
            cart.recordTotal(0);
            store.flush();
        });
    }

    /**
     * The cart a request that changes nothing else shows: when it names a guest cart for its customer to absorb
     * (contract §6.3), that cart merged in and stored first, with the merge's notices; otherwise, or when there is
     * no guest cart left to absorb, the cart as a read shows it, and nothing is written.
     */
    public CartView absorb(CartTarget target) {
        if (target.guestKey() == null) {
            return reads.read(target.key());
        }
        StorePricing pricing = readPricing(target, List.of());
        Optional<LockedCart> merged = locks.absorb(target);
        merged.ifPresent(locked -> locked.usePricing(pricing));
        return merged.map(locks::save).orElseGet(() -> reads.read(target.key()));
    }

    /** An empty cart stored under the target's key, which this transaction generated: one INSERT. */
    public CartView create(CartTarget target) {
        StorePricing pricing = pricer.load(List.of());
        LockedCart locked = locks.lockOrCreate(target, List.of());
        locked.usePricing(pricing);
        return locks.save(locked);
    }

    /**
     * The pricing rules and the coupons the write will need, read before it locks its cart (STYLE §3.4): a write
     * holds a pooled connection of each persistence unit while the cart is locked, and must not wait for another
     * one then. The cart's applied codes come from one unlocked read of its row; a code applied by a parallel
     * write in between is read under the lock, on connections this transaction already holds.
     */
    private StorePricing readPricing(CartTarget target, List<Step> steps) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(target.key());
        if (target.guestKey() != null) {
            keys.add(target.guestKey());
        }
        Set<String> codes = new LinkedHashSet<>(store.couponCodes(keys));
        steps.forEach(step -> codes.addAll(step.couponCodes()));
        return pricer.load(codes);
    }

    private Optional<LockedCart> lock(CartTarget target, List<Step> steps) {
        if (steps.stream().noneMatch(Step::creates)) {
            return locks.lock(target);
        }
        Set<Long> ids = new LinkedHashSet<>();
        steps.forEach(step -> ids.addAll(step.productIds()));
        return Optional.of(locks.lockOrCreate(target, ids));
    }

    /** No cart is stored under the key and none is started: the operations see an empty cart that is never saved. */
    private static LockedCart unstored(CartTarget target) {
        Instant now = Instant.now();
        return new LockedCart(new Cart(target.key(), now, now, now), Map.of(), new Notices());
    }

    private Step prepare(CartOperation operation) {
        if (operation instanceof CartOperation.AddItem add) {
            return addItem(add.command());
        }
        if (operation instanceof CartOperation.AddItems add) {
            return new GroupedAdding(products).prepare(add.command());
        }
        if (operation instanceof CartOperation.UpdateItem update) {
            LineChanges.requireKey(update.itemKey());
            return locked -> LineChanges.update(locked, update.itemKey(), update.quantity());
        }
        if (operation instanceof CartOperation.RemoveItem remove) {
            LineChanges.requireKey(remove.itemKey());
            return locked -> LineChanges.remove(locked, remove.itemKey());
        }
        if (operation instanceof CartOperation.RestoreItem restore) {
            LineChanges.requireKey(restore.itemKey());
            return locked -> LineChanges.restore(locked, restore.itemKey());
        }
        if (operation instanceof CartOperation.Clear clear) {
            return locked -> {
                locked.cart().empty(clear.keepRemovedItems());
                locked.notices().notice("Cart is cleared.");
                return Outcome.NONE;
            };
        }
        if (operation instanceof CartOperation.Update update) {
            return update(update);
        }
        Step pricingStep = pricingSteps.prepare(operation);
        if (pricingStep != null) {
            return pricingStep;
        }
        return locked -> Outcome.NONE;          // calculate: the save re-validates and totals
    }

    /**
     * The most {@code item_data} a line keeps, as JSON in UTF-8: a quarter of its TEXT column, and far more than any
     * engraving or gift note. Beyond it an add is refused rather than failing on the column (docs/request-limits.md).
     */
    static final int MAX_ITEM_DATA_BYTES = 16_384;

    /** POST /cart/add-item: steps 1–7 of contract §13.2 before the lock, 8–12 on the locked cart. */
    private Step addItem(AddItemCommand command) {
        if (JsonText.write(command.itemData()).getBytes(StandardCharsets.UTF_8).length > MAX_ITEM_DATA_BYTES) {
            throw Refusal.invalidParam(Refusal.Reason.INVALID_PARAM, "item_data",
                    "item_data must be at most " + MAX_ITEM_DATA_BYTES + " bytes as JSON.");
        }
        Purchasable product = products.resolve(command.id());
        BigDecimal quantity = Quantities.parse(command.quantity());
        Quantities.checkBounds(quantity, product.minPurchase(), product.maxPurchase());
        Adding.checkType(product);
        Purchasable chosen = products.target(product, command.variation());
        Map<String, String> variation = chosen.isVariation() ? Adding.variationOf(chosen, command.variation())
                : Map.of();
        Long customPrice = products.customPrice(command.price());
        return Step.creating(List.of(chosen.id()), locked -> {
            String itemKey = CartLines.add(locked, chosen, variation, command.itemData(), quantity, customPrice);
            ContactCapture.apply(locked.cart().getCustomer(), command.email(), command.phone());
            locked.notices().success("\u201c" + chosen.title() + "\u201d has been added to your cart.");
            return new Outcome(List.of(itemKey), null, null);
        });
    }

    private Step update(CartOperation.Update update) {
        CartUpdateCallback callback = updates.callback(update.namespace());
        return Step.creating(List.of(), locked -> {
            callback.update(locked, update.params());
            return Outcome.NONE;
        });
    }
}
