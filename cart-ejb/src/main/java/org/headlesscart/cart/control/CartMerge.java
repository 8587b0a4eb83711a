package org.headlesscart.cart.control;

import java.math.BigDecimal;
import java.util.Optional;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;

/**
 * A guest's cart absorbed into a logged-in customer's (contract §6.3, issue 5 part 4), under the locks of both:
 * <ul>
 * <li>a guest line wins over the customer's line with the same item key (the guest chose it last);</li>
 * <li>the customer's other lines are kept;</li>
 * <li>each guest line's quantity is capped by the add-to-cart rules: sold individually, stock left beside the
 *     customer's other lines of that product, the most one may buy; a line that cannot be bought at all is
 *     dropped;</li>
 * <li>the guest's removed lines are not carried over (restoring belongs to the guest's session), nor are its
 *     customer fields: the customer's own are kept.</li>
 * </ul>
 * Every guest line gets one notice saying what happened to it.
 */
public final class CartMerge {

    private CartMerge() {
    }

    /** Moves the guest's lines into the locked customer's cart; the caller deletes the guest cart. */
    public static void absorb(Cart guest, LockedCart into) {
        for (CartItem line : guest.lines()) {
            merge(line, into);
        }
    }

    private static void merge(CartItem guestLine, LockedCart into) {
        Optional<Purchasable> found = Optional.ofNullable(into.products().get(guestLine.purchasedId()));
        String name = "\u201c" + found.map(LineNames::of).orElse("#" + guestLine.purchasedId()) + "\u201d";
        String refusal = found.isPresent() ? unbuyable(found.get()) : "it is no longer available";
        if (refusal != null) {
            into.notices().error(name + " from your guest cart could not be merged: " + refusal + ".");
            return;
        }
        Purchasable product = found.get();
        Cart cart = into.cart();
        Cap cap = cap(product, guestLine.getQuantity(), others(cart, guestLine));
        if (cap.quantity().compareTo(BigDecimal.valueOf(Math.max(product.minPurchase(), 1))) < 0) {
            into.notices().error(name + " from your guest cart could not be merged: " + cap.reason() + ".");
            return;
        }
        Optional<CartItem> kept = cart.item(guestLine.getItemKey()).filter(i -> !i.isRemoved());
        if (kept.isPresent()) {
            kept.get().changeQuantity(cap.quantity());
            kept.get().reprice(guestLine.getCustomPriceMinor());
        } else {
            cart.addLine(new CartItem.Identity(guestLine.getItemKey(), guestLine.getProductId(),
                    guestLine.getVariationId(), guestLine.getVariationJson(), guestLine.getItemDataJson()),
                    cap.quantity(), guestLine.getCustomPriceMinor());
        }
        String what = name + " (quantity " + Quantities.text(cap.quantity()) + ") from your guest cart "
                + (kept.isPresent() ? "replaced the one in your cart" : "was merged into your cart");
        into.notices().notice(cap.reason() == null ? what + "." : what + "; quantity capped: " + cap.reason() + ".");
    }

    /** Why the product cannot be bought at all, or null. */
    private static String unbuyable(Purchasable product) {
        if (!product.purchasable()) {
            return "it can no longer be purchased";
        }
        return product.stock().inStock() ? null : "it is out of stock";
    }

    /** A quantity after the rules, and the rule that lowered it (null when none did). */
    record Cap(BigDecimal quantity, String reason) {
    }

    /** The guest's quantity lowered by the add-to-cart rules; {@code others} is what other lines hold of it. */
    static Cap cap(Purchasable product, BigDecimal wanted, BigDecimal others) {
        BigDecimal quantity = wanted;
        String reason = null;
        if (product.soldIndividually() && quantity.compareTo(BigDecimal.ONE) > 0) {
            quantity = BigDecimal.ONE;
            reason = "it is sold individually";
        }
        Purchasable.StockState stock = product.stock();
        if (stock.managed() && !stock.backordersAllowed() && stock.quantity() != null) {
            BigDecimal left = BigDecimal.valueOf(stock.quantity()).subtract(others).max(BigDecimal.ZERO);
            if (quantity.compareTo(left) > 0) {
                quantity = left;
                reason = "there is not enough stock (" + stock.quantity() + " remaining)";
            }
        }
        if (product.maxPurchase() >= 0 && quantity.compareTo(BigDecimal.valueOf(product.maxPurchase())) > 0) {
            quantity = BigDecimal.valueOf(product.maxPurchase());
            reason = "at most " + product.maxPurchase() + " can be bought";
        }
        return new Cap(quantity, reason);
    }

    /** What the customer's lines with other item keys hold of the same product or variation (WooCommerce's count). */
    private static BigDecimal others(Cart cart, CartItem guestLine) {
        return cart.lines().stream().filter(i -> i.purchasedId() == guestLine.purchasedId())
                .filter(i -> !i.getItemKey().equals(guestLine.getItemKey())).map(CartItem::getQuantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
