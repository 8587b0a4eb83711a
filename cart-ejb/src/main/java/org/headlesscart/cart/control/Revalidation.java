package org.headlesscart.cart.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;

/**
 * Contract §13.7: before a cart is shown, lines whose product is gone or can no longer be bought are dropped with
 * CoCart's notices, and stock shortfalls are pointed out. A read only leaves the dropped lines out of what it shows;
 * a write also deletes them, under the cart's lock.
 */
public final class Revalidation {

    private Revalidation() {
    }

    /** The lines (and removed lines) to drop; notices are added for the lines, removed ones go silently. */
    public static List<CartItem> check(Cart cart, Map<Long, Purchasable> products, Notices notices) {
        List<CartItem> dropped = new ArrayList<>();
        for (CartItem item : cart.getItems()) {
            Purchasable product = products.get(item.purchasedId());
            if (product == null) {
                dropped.add(item);
                if (!item.isRemoved()) {
                    notices.error("An item which is no longer available was removed from your cart.");
                }
            } else if (!product.purchasable()) {
                dropped.add(item);
                if (!item.isRemoved()) {
                    notices.error(LineNames.of(product) + " has been removed from your cart because it can no "
                            + "longer be purchased.");
                }
            } else if (!item.isRemoved()) {
                warnAboutStock(product, item.getQuantity(), notices);
            }
        }
        return dropped;
    }

    private static void warnAboutStock(Purchasable product, BigDecimal quantity, Notices notices) {
        Purchasable.StockState stock = product.stock();
        if (!stock.inStock()) {
            notices.error("Sorry, \"" + LineNames.of(product) + "\" is not in stock. Please edit your cart and try "
                    + "again. We apologize for any inconvenience caused.");
        } else if (stock.managed() && !stock.backordersAllowed() && stock.quantity() != null
                && quantity.compareTo(BigDecimal.valueOf(stock.quantity())) > 0) {
            notices.error("Sorry, we do not have enough \"" + LineNames.of(product) + "\" in stock to fulfill your "
                    + "order (" + stock.quantity() + " available). We apologize for any inconvenience caused.");
        }
    }
}
