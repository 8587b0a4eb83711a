package org.headlesscart.order.model;

import java.time.Instant;

/**
 * A note on an order (WooCommerce's order note).
 *
 * @param customerNote shown to the customer too
 * @param addedByUser  written by staff, not by the system
 */
public record OrderNoteView(long id, long orderId, String author, Instant createdAt, String note,
        boolean customerNote, boolean addedByUser) {
}
