package org.headlesscart.catalog.control;

import java.util.List;

import org.headlesscart.catalog.model.ProductView;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductType;
import org.headlesscart.catalog.entity.Stock;

/**
 * WooCommerce's purchase rules: who can be bought, and how many at most (-1: no limit). One place, because the
 * Products API and the cart's {@link org.headlesscart.catalog.model.Purchasable} snapshots must agree.
 */
final class PurchaseRules {

    private PurchaseRules() {
    }

    /**
     * @param published   the product is published (for a variation: its parent too)
     * @param price       what a customer pays now, {@code null} when none
     * @param variations  a variable product's published variations, else empty
     * @param stock       the stock that counts (a variation's parent's when the parent manages it)
     * @param minPurchase the configured minimum, {@code null} for WooCommerce's 1
     * @param maxPurchase the configured maximum, {@code null} for none
     */
    static ProductView.Purchase of(ProductType type, boolean published, Long price, List<Product> variations,
            boolean soldIndividually, Stock stock, Integer minPurchase, Integer maxPurchase) {
        return switch (type) {
            case VARIABLE -> new ProductView.Purchase(
                    published && variations.stream().anyMatch(v -> v.getPricing().regular().isPresent()), true, 1, -1);
            case GROUPED, EXTERNAL -> new ProductView.Purchase(false, false, 1, -1);
            default -> new ProductView.Purchase(published && price != null, false,
                    minPurchase == null ? 1 : minPurchase, maxPurchase(soldIndividually, stock, maxPurchase));
        };
    }

    private static int maxPurchase(boolean soldIndividually, Stock stock, Integer configured) {
        if (soldIndividually) {
            return 1;
        }
        if (stock.isManaged() && !stock.backordersAllowed() && stock.getQuantity() != null) {
            return Math.max(stock.getQuantity(), 0);
        }
        return configured == null ? -1 : configured;
    }
}
