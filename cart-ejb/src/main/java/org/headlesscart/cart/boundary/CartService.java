package org.headlesscart.cart.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import org.headlesscart.catalog.boundary.Purchasable;
import org.headlesscart.cart.control.Adding;
import org.headlesscart.cart.control.CartLines;
import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.control.Quantities;

/**
 * The cart component's boundary: CoCart's cart routes 1–13 (contract §2). Every write is one transaction that
 * locks the cart row first; reads take no lock and never write.
 *
 * <p>{@code cartKey} is the key the request named, or {@code null}: a read without a key shows an empty cart
 * under a new key; a write without one starts a cart under a new key.
 *
 * @throws CartException on every refusal, with its CoCart code
 */
@Stateless
@Interceptors(CartRefusals.class)
public class CartService {

    @Inject
    CartSessions sessions;

    @Inject
    CartProducts products;

    @Inject
    CartUpdates updates;

    /** GET /cart, /cart/items, /cart/item/{key}, /cart/items/count, /cart/totals. Never writes. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CartView view(String cartKey) {
        return sessions.read(sessions.keyOrNew(cartKey));
    }

    /**
     * The stamp {@link #view} would give the cart under the key now, without computing the view: the cart's row
     * id and version, then the catalog revision; two primary-key reads outside any transaction. Empty when no cart
     * is stored under the key (or none was named).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<CartStamp> stamp(String cartKey) {
        return cartKey == null || cartKey.isEmpty() ? Optional.empty() : sessions.stamp(sessions.keyOrNew(cartKey));
    }

    /** POST /cart/add-item: the rules of contract §13.2, in CoCart's order. */
    public CartChange addItem(String cartKey, AddItemCommand command) {
        String key = sessions.keyOrNew(cartKey);
        Purchasable product = products.resolve(command.id());
        BigDecimal quantity = Quantities.parse(command.quantity());
        Quantities.checkBounds(quantity, product.minPurchase(), product.maxPurchase());
        Adding.checkType(product);
        Purchasable target = products.target(product, command.variation());
        Map<String, String> variation = target.isVariation() ? Adding.variationOf(target, command.variation())
                : Map.of();
        LockedCart locked = sessions.lockOrCreate(key, List.of(target.id()));
        String itemKey = CartLines.add(locked, target, variation, command.itemData(), quantity,
                products.customPrice(command.price()));
        sessions.capture(locked, command.email(), command.phone());
        locked.notices().success("\u201c" + target.title() + "\u201d has been added to your cart.");
        return new CartChange(sessions.save(locked), List.of(itemKey), null, null);
    }

    /** POST /cart/add-items: each child of a grouped product as if added on its own (contract §2.3, §13.4). */
    public CartChange addItems(String cartKey, AddItemsCommand command) {
        return new GroupedAdding(sessions, products).add(sessions.keyOrNew(cartKey), command);
    }

    /** POST /cart/item/{key}: a quantity of "0" removes the line. */
    public CartChange updateItem(String cartKey, String itemKey, String quantity) {
        return new LineChanges(sessions).update(sessions.keyOrNew(cartKey), itemKey, quantity);
    }

    /** DELETE /cart/item/{key}: the line moves to the removed lines, from where it can be restored. */
    public CartChange removeItem(String cartKey, String itemKey) {
        return new LineChanges(sessions).remove(sessions.keyOrNew(cartKey), itemKey);
    }

    /** PUT/PATCH /cart/item/{key}: a removed line comes back with its key and quantity. */
    public CartChange restoreItem(String cartKey, String itemKey) {
        return new LineChanges(sessions).restore(sessions.keyOrNew(cartKey), itemKey);
    }

    /** POST /cart/calculate: re-validates and stores what re-validation dropped. */
    public CartView calculate(String cartKey) {
        String key = sessions.keyOrNew(cartKey);
        return sessions.lock(key).map(sessions::save).orElseGet(() -> sessions.read(key));
    }

    /** POST /cart/clear: empties the cart; removed lines go too unless kept. */
    public CartView clear(String cartKey, boolean keepRemovedItems) {
        String key = sessions.keyOrNew(cartKey);
        return sessions.lock(key).map(locked -> {
            locked.cart().empty(keepRemovedItems);
            locked.notices().notice("Cart is cleared.");
            return sessions.save(locked);
        }).orElseGet(() -> sessions.readWithNotice(key, "notice", "Cart is cleared."));
    }

    /** POST /cart/update: runs the callback registered for the namespace (contract §2.12, §11.1). */
    public CartView update(String cartKey, String namespace, Map<String, Object> params) {
        CartUpdateCallback callback = updates.callback(namespace);
        String key = sessions.keyOrNew(cartKey);
        LockedCart locked = sessions.lockOrCreate(key, List.of());
        callback.update(locked, params);
        return sessions.save(locked);
    }

    /**
     * Deletes up to {@code limit} carts whose expiry has passed, in a transaction of its own so that each batch
     * holds its row locks briefly; how many it deleted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeExpired(int limit) {
        return sessions.purgeExpired(limit);
    }
}
