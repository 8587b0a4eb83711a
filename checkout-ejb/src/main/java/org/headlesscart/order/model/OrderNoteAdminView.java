package org.headlesscart.order.model;

import java.time.Instant;

/**
 * A note on an order as staff see it (WooCommerce's order note, wc/v3/orders/{id}/notes).
 *
 * @param customerNote shown to the customer too
 * @param addedByUser  written by staff, not by the system
 */
public record OrderNoteAdminView(long id, long orderId, String author, Instant createdAt, String note,
        boolean customerNote, boolean addedByUser) {
}
