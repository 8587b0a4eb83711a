package org.headlesscart.order.model;

import java.time.Instant;

/** A note on an order as its customer sees it. */
public record OrderNoteView(Instant createdAt, String note) {
}
