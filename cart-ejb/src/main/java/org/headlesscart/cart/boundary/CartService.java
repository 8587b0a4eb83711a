package org.headlesscart.cart.boundary;

import java.util.Map;

import jakarta.ejb.Stateless;

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
public class CartService {

    /** GET /cart, /cart/items, /cart/item/{key}, /cart/items/count, /cart/totals. Never writes. */
    public CartView view(String cartKey) {
        throw new UnsupportedOperationException();
    }

    public CartChange addItem(String cartKey, AddItemCommand command) {
        throw new UnsupportedOperationException();
    }

    public CartChange addItems(String cartKey, AddItemsCommand command) {
        throw new UnsupportedOperationException();
    }

    /** POST /cart/item/{key}: a quantity of "0" removes the line. */
    public CartChange updateItem(String cartKey, String itemKey, String quantity) {
        throw new UnsupportedOperationException();
    }

    public CartChange removeItem(String cartKey, String itemKey) {
        throw new UnsupportedOperationException();
    }

    public CartChange restoreItem(String cartKey, String itemKey) {
        throw new UnsupportedOperationException();
    }

    /** POST /cart/calculate: re-validates and stores the result of re-validation. */
    public CartView calculate(String cartKey) {
        throw new UnsupportedOperationException();
    }

    public CartView clear(String cartKey, boolean keepRemovedItems) {
        throw new UnsupportedOperationException();
    }

    /** POST /cart/update: runs the callback registered for the namespace. */
    public CartView update(String cartKey, String namespace, Map<String, Object> params) {
        throw new UnsupportedOperationException();
    }
}
