package org.headlesscart.order.model;

import java.time.Instant;

/**
 * One step of an order's status history, as the console shows it.
 *
 * @param from  null for the status the order was placed in
 * @param actor who moved it: {@code system}, {@code customer}, a staff member's login, …
 */
public record OrderStatusStep(OrderStatus from, OrderStatus to, Instant at, String actor) {
}
