package org.headlesscart.cart.boundary;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

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

    @Override
    public void update(CartUpdate cart, Map<String, Object> params) {
        if (cart.isEmpty()) {
            throw new CartException(CartFailure.CART_EMPTY, "No items in the cart.", null);
        }
        boolean changed = false;
        if (params.get("quantity") instanceof Map<?, ?> quantities) {
            for (Map.Entry<?, ?> entry : quantities.entrySet()) {
                String digits = String.valueOf(entry.getValue()).replaceAll("[^0-9.]", "");
                if (!digits.isEmpty() && digits.matches("\\d*\\.?\\d+|\\d+\\.")) {
                    changed |= cart.setQuantity(String.valueOf(entry.getKey()), new BigDecimal(digits));
                }
            }
        }
        if (changed && !cart.hasErrors()) {
            cart.notice("success", "Cart updated.");
        }
    }
}
