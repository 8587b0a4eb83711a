package org.headlesscart.catalog.model;

import java.util.List;

/**
 * Products low in stock and out of stock, as WooCommerce's reports split them: managed stock at or below the low-stock
 * amount (the product's own, or the store's {@code headlesscart.catalog.low-stock-amount}) and above 0 is low; at 0 or
 * below is out of stock.
 *
 * @param lowest       the products low in stock with the fewest units first, at most as many as asked for
 * @param lowCount     all products low in stock
 * @param outOfStock   all products out of stock
 */
public record StockAlerts(List<LowStock> lowest, long lowCount, long outOfStock) {

    /**
     * @param parentId  the variable product of a variation, else null
     * @param threshold the low-stock amount that applies to it
     */
    public record LowStock(long id, Long parentId, String name, String sku, int quantity, int threshold) {
    }
}
