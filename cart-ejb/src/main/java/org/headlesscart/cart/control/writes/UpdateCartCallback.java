package org.headlesscart.cart.control.writes;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.model.CartUpdate;
import org.headlesscart.cart.model.CartUpdateCallback;
import org.headlesscart.platform.numbers.Decimals;

/**
 * The built-in {@code update-cart} namespace (contract §11.1): {@code quantity} maps item keys to new quantities.
 * Unknown keys and unchanged quantities are skipped, 0 removes a line, a refused quantity becomes an error notice.
 */
@ApplicationScoped
public class UpdateCartCallback implements CartUpdateCallback {

    @Override
    public String namespace() {
        return "update-cart";
    }

    /** WooCommerce reads the value as text; a parsed JSON number is written as it was sent, never expanded. */
    private static String text(Object value) {
        return value instanceof BigDecimal number ? Decimals.text(number) : String.valueOf(value);
    }

    @Override
    public void update(CartUpdate cart, Map<String, Object> params) {
        if (cart.isEmpty()) {
            throw new Refusal(Refusal.Reason.CART_EMPTY, "No items in the cart.");
        }
        boolean changed = false;
        if (params.get("quantity") instanceof Map<?, ?> quantities) {
            for (Map.Entry<?, ?> entry : quantities.entrySet()) {
                String digits = text(entry.getValue()).replaceAll("[^0-9.]", "");
                Decimals.Reading quantity = Decimals.read(digits);
                if (quantity.kind() == Decimals.Kind.HUGE) {
                    cart.notice("error", "Quantity must be 9999999999 or lower.");
                } else if (quantity.isNumber()) {
                    changed |= cart.setQuantity(String.valueOf(entry.getKey()), quantity.value());
                }
            }
        }
        if (changed && !cart.hasErrors()) {
            cart.notice("success", "Cart updated.");
        }
    }
}
