package org.headlesscart.cart.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a cart write did: the cart afterwards and, for the routes that can answer with less than the cart
 * ({@code return_item}, {@code return_items}, {@code return_status}), what they answer with.
 *
 * @param itemKeys the lines the write added, changed or restored, in order
 * @param message  the status message of {@code return_status}, {@code null} when the route has none
 * @param quantity the line's quantity afterwards, for {@code return_status} of an update
 */
public record CartChange(CartView cart, List<String> itemKeys, String message, BigDecimal quantity) {

    /** The changed lines as the cart shows them, in the order of {@link #itemKeys()}. */
    public List<CartView.Line> changedLines() {
        return itemKeys.stream().flatMap(k -> cart.items().stream().filter(l -> l.itemKey().equals(k))).toList();
    }
}
