package org.headlesscart.cart.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.cart.control.pricing.StorePricing;
import org.headlesscart.cart.model.CartUpdate;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;

/**
 * A cart locked by the current transaction, with the catalog snapshots of its lines and the request's notices:
 * what the write routes and the {@code cart/update} callbacks change.
 */
public final class LockedCart implements CartUpdate {

    private final Cart cart;
    private final Map<Long, Purchasable> products;
    private final Notices notices;
    private StorePricing pricing;

    public LockedCart(Cart cart, Map<Long, Purchasable> products, Notices notices) {
        this.cart = cart;
        this.products = products;
        this.notices = notices;
    }

    public Cart cart() {
        return cart;
    }

    /** The catalog snapshots read when the cart was locked. */
    public Map<Long, Purchasable> products() {
        return products;
    }

    public Notices notices() {
        return notices;
    }

    /** The pricing rules and coupons the write read before it locked the cart; {@code null} when it read none. */
    public StorePricing pricing() {
        return pricing;
    }

    public void usePricing(StorePricing read) {
        this.pricing = read;
    }

    public Optional<Purchasable> product(CartItem item) {
        return Optional.ofNullable(products.get(item.purchasedId()));
    }

    /** The line's name for messages; the stored ids when its product is gone. */
    public String name(CartItem item) {
        return product(item).map(LineNames::of).orElse("#" + item.purchasedId());
    }

    @Override
    public String cartKey() {
        return cart.getCartKey();
    }

    @Override
    public boolean isEmpty() {
        return cart.lines().isEmpty();
    }

    @Override
    public Map<String, BigDecimal> quantities() {
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        cart.lines().forEach(l -> quantities.put(l.getItemKey(), l.getQuantity().stripTrailingZeros()));
        return quantities;
    }

    @Override
    public boolean setQuantity(String itemKey, BigDecimal quantity) {
        Optional<CartItem> line = cart.item(itemKey).filter(i -> !i.isRemoved());
        if (line.isEmpty()) {
            return false;
        }
        try {
            return changeQuantity(line.get(), quantity);
        } catch (Refusal refusal) {
            notices.error(refusal.getMessage());
            return false;
        }
    }

    /**
     * Sets a line's quantity under its product's rules (contract §2.7); zero moves it to the removed lines.
     *
     * @return whether the quantity changed
     * @throws Refusal when a rule refuses the quantity
     */
    public boolean changeQuantity(CartItem line, BigDecimal quantity) {
        if (quantity.signum() == 0) {
            line.markRemoved(true);
            return true;
        }
        Purchasable product = product(line).orElseThrow(() -> new Refusal(Refusal.Reason.ITEM_NOT_IN_CART,
                "Item specified does not exist in cart."));
        Quantities.checkBounds(quantity, product.minPurchase(), product.maxPurchase());
        Quantities.storable(quantity);
        Purchasable.StockState stock = product.stock();
        if (stock.managed() && !stock.backordersAllowed() && stock.quantity() != null
                && quantity.compareTo(BigDecimal.valueOf(stock.quantity())) > 0) {
            throw new Refusal(Refusal.Reason.NOT_ENOUGH_IN_STOCK, "You cannot add that amount of \"" + name(line)
                    + "\" to the cart because there is not enough stock (" + stock.quantity() + " remaining).");
        }
        if (product.soldIndividually() && quantity.compareTo(BigDecimal.ONE) > 0) {
            throw new Refusal(Refusal.Reason.CAN_NOT_INCREASE_QUANTITY,
                    "You can only have 1 \"" + name(line) + "\" in your cart.");
        }
        if (line.getQuantity().compareTo(quantity) == 0) {
            return false;
        }
        line.changeQuantity(quantity);
        return true;
    }

    @Override
    public Map<String, String> customer() {
        return cart.getCustomer().asMap();
    }

    @Override
    public void setCustomer(Map<String, String> fields) {
        fields.forEach((name, value) -> cart.getCustomer().set(name, value));
    }

    @Override
    public boolean hasErrors() {
        return notices.hasErrors();
    }

    @Override
    public void notice(String type, String message) {
        notices.add(type, message);
    }
}
