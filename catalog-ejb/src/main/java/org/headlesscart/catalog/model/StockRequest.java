package org.headlesscart.catalog.model;

/**
 * Units of a product or variation an order wants from managed stock.
 *
 * @param purchasableId the product or variation bought; a variation without stock of its own draws on its parent's
 * @param quantity      at least 1
 */
public record StockRequest(long purchasableId, int quantity) {
}
