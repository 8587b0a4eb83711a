package org.headlesscart.cart.model;

import java.util.Map;

/**
 * One cart write, as a cart route's parameters describe it (contract §2.2–2.12): what
 * {@link org.headlesscart.cart.boundary.CartService#apply} applies, several in one transaction, and what each single
 * write route runs on its own. The values are the request's, unchecked; the cart rules check them when the write is
 * applied.
 */
public sealed interface CartOperation {

    /** {@code POST /cart/add-item}. */
    record AddItem(AddItemCommand command) implements CartOperation {
    }

    /** {@code POST /cart/add-items}. */
    record AddItems(AddItemsCommand command) implements CartOperation {
    }

    /** {@code POST /cart/item/{item_key}}: a quantity of "0" removes the line. */
    record UpdateItem(String itemKey, String quantity) implements CartOperation {
    }

    /** {@code DELETE /cart/item/{item_key}}. */
    record RemoveItem(String itemKey) implements CartOperation {
    }

    /** {@code PUT/PATCH /cart/item/{item_key}}. */
    record RestoreItem(String itemKey) implements CartOperation {
    }

    /** {@code POST /cart/calculate}. */
    record Calculate() implements CartOperation {
    }

    /** {@code POST /cart/clear}. */
    record Clear(boolean keepRemovedItems) implements CartOperation {
    }

    /** {@code POST /cart/update}: the callback of the namespace, with the request's other parameters. */
    record Update(String namespace, Map<String, Object> params) implements CartOperation {

        public Update {
            params = params == null ? Map.of() : params;
        }
    }
}
