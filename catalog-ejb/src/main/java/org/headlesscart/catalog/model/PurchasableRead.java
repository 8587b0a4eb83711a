package org.headlesscart.catalog.model;

import java.time.Instant;
import java.util.Map;

/**
 * What one read of the catalog found, and for how long it stays right: while the catalog revision is still
 * {@code revision} (every catalog write bumps it) and until {@code validUntil}, the next sale-window edge of these
 * products, which no write marks. A caller may keep what it built from these products under the same two
 * conditions.
 *
 * @param products   those of the asked ids that are products or variations and not trashed, in the order asked
 * @param revision   the catalog revision the products were read at
 * @param validUntil the first instant at which one of the products may have changed without a write
 */
public record PurchasableRead(Map<Long, Purchasable> products, long revision, Instant validUntil) {
}
