package org.headlesscart.order.model;

/**
 * What a customer's orders add up to, as WooCommerce's customer object shows it: every order counted; spent = the
 * totals of paid orders (processing, completed) less their refunds, in minor units; paying = an order was ever paid.
 *
 * @param recentOrderId the newest order's id, 0 for none
 */
public record CustomerSummary(long ordersCount, long totalSpent, boolean payingCustomer, long recentOrderId) {
}
