package org.headlesscart.platform.outbox;

import java.util.function.BooleanSupplier;

/**
 * Whether any active webhook subscribes to a cart topic, as this node last read it: read again at most every
 * {@link #TTL} milliseconds, so cart writes do not query the webhooks each. A webhook created (or activated) since
 * misses the cart events of up to that long; documented in docs/webhooks.md.
 */
final class CartSubscriptions {

    /** How long a node trusts what it read, in milliseconds. */
    static final long TTL = 1000;

    private static volatile boolean wanted;
    private static volatile long readAt = Long.MIN_VALUE;

    private CartSubscriptions() {
    }

    static boolean wanted(BooleanSupplier read) {
        long now = System.nanoTime() / 1_000_000;
        if (readAt == Long.MIN_VALUE || now - readAt >= TTL) {
            // Two threads may both read at expiry; both get the same answer, and the query is cheap.
            wanted = read.getAsBoolean();
            readAt = now;
        }
        return wanted;
    }
}
