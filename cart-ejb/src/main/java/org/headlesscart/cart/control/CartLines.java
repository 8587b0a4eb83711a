package org.headlesscart.cart.control;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.cart.control.Refusal.Reason;
import org.headlesscart.cart.entity.CartItem;

/** Adding a product to a locked cart: the rules of contract §13.2 that depend on what the cart holds. */
public final class CartLines {

    private CartLines() {
    }

    /**
     * Steps 8–11: the item key, sold-individually, stock against what the cart holds, then a new line or more of
     * an existing one. A removed line with the same key becomes the new line, so it cannot come back on restore.
     *
     * @return the line's item key
     */
    public static String add(LockedCart locked, Purchasable product, Map<String, String> variation,
            Map<String, Object> itemData, BigDecimal quantity, Long customPriceMinor) {
        long productId = product.isVariation() ? product.parentId() : product.id();
        long variationId = product.isVariation() ? product.id() : 0;
        String itemKey = ItemKeys.of(productId, variationId, variation, itemData);
        Optional<CartItem> line = locked.cart().item(itemKey).filter(i -> !i.isRemoved());
        String name = LineNames.of(product);
        BigDecimal wanted = quantity;
        if (product.soldIndividually()) {
            wanted = BigDecimal.ONE;
            if (line.isPresent()) {
                throw new Refusal(Reason.SOLD_INDIVIDUALLY, "You cannot add another '" + name + "' to your cart.");
            }
        }
        Adding.checkPurchasable(product, name, wanted, inCart(locked, product.id()));
        if (line.isPresent()) {
            line.get().changeQuantity(Quantities.storable(line.get().getQuantity().add(wanted)));
            if (customPriceMinor != null) {
                line.get().reprice(customPriceMinor);
            }
            return itemKey;
        }
        locked.cart().addLine(new CartItem.Identity(itemKey, productId, variationId, JsonText.write(variation),
                JsonText.write(itemData)), wanted, customPriceMinor);
        return itemKey;
    }

    /** How many of one product or variation the cart's lines hold together, as WooCommerce counts for stock. */
    private static BigDecimal inCart(LockedCart locked, long purchasedId) {
        return locked.cart().lines().stream().filter(i -> i.purchasedId() == purchasedId)
                .map(CartItem::getQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
