package org.headlesscart.cart.control.writes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.control.Quantities;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.control.Refusal.Reason;
import org.headlesscart.cart.entity.CartItem;

/**
 * Changes to one line of a locked cart by its item key (contract §2.7–2.9): quantity, remove, restore. A cart that
 * is not stored arrives as an empty one, which refuses each of them as CoCart does.
 */
final class LineChanges {

    private LineChanges() {
    }

    static CartWrites.Outcome update(LockedCart locked, String itemKey, String quantityText) {
        CartItem line = locked.cart().item(itemKey).filter(i -> !i.isRemoved()).orElseThrow(LineChanges::notInCart);
        BigDecimal quantity = Quantities.parse(quantityText);
        if (quantity.signum() == 0) {
            return remove(locked, line);
        }
        BigDecimal before = line.getQuantity();
        String name = locked.name(line);
        locked.changeQuantity(line, quantity);
        int direction = quantity.compareTo(before);
        String message = direction == 0 ? "The quantity for \"" + name + "\" has not changed."
                : "The quantity for \"" + name + "\" has " + (direction > 0 ? "increased" : "decreased") + " to \""
                        + Quantities.text(quantity) + "\".";
        return new CartWrites.Outcome(List.of(itemKey), message, quantity);
    }

    static CartWrites.Outcome remove(LockedCart locked, String itemKey) {
        if (locked.cart().getItems().isEmpty()) {
            throw new Refusal(Reason.NO_ITEMS, "No items in cart.");
        }
        Optional<CartItem> item = locked.cart().item(itemKey);
        if (item.isEmpty()) {
            throw notInCart();
        }
        if (item.get().isRemoved()) {
            throw new Refusal(Reason.ITEM_NOT_IN_CART,
                    "\"" + locked.name(item.get()) + "\" has already been removed from cart.");
        }
        return remove(locked, item.get());
    }

    static CartWrites.Outcome restore(LockedCart locked, String itemKey) {
        CartItem item = locked.cart().item(itemKey).orElseThrow(LineChanges::notRestorable);
        String name = locked.name(item);
        if (!item.isRemoved()) {
            throw new Refusal(Reason.ITEM_ALREADY_RESTORED, "\"" + name + "\" has already been restored to the cart.");
        }
        item.markRemoved(false);
        String message = "\"" + name + "\" has been added back to your cart.";
        locked.notices().success(message);
        return new CartWrites.Outcome(List.of(itemKey), message, item.getQuantity());
    }

    private static CartWrites.Outcome remove(LockedCart locked, CartItem line) {
        String message = "\"" + locked.name(line) + "\" has been removed from cart.";
        line.markRemoved(true);
        locked.notices().success(message);
        return new CartWrites.Outcome(List.of(), message, BigDecimal.ZERO);
    }

    static void requireKey(String itemKey) {
        if (itemKey == null || itemKey.isEmpty() || "0".equals(itemKey)) {
            throw new Refusal(Reason.ITEM_KEY_REQUIRED, "Missing cart item key is required!");
        }
    }

    private static Refusal notInCart() {
        return new Refusal(Reason.ITEM_NOT_IN_CART, "Item specified does not exist in cart.");
    }

    private static Refusal notRestorable() {
        return new Refusal(Reason.ITEM_NOT_RESTORABLE, "Item does not exist in cart.");
    }
}
