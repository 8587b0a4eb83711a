package org.headlesscart.catalog.model;

/**
 * Units taken from a product's managed stock: what to give back later ({@code StockService.restore}).
 *
 * @param stockOwnerId the product whose stock counter went down (a variation's parent when it inherits)
 * @param quantity     units taken
 * @param remaining    the stock quantity after the take
 */
public record StockTaken(long stockOwnerId, int quantity, int remaining) {
}
