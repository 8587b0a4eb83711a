package org.headlesscart.platform.outbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Whether any active webhook subscribes to a topic of a resource ({@code cart.}, {@code product.}), as this node last
 * read it: read again at most every {@link #TTL} milliseconds, so frequent changes (cart writes, an order's stock
 * moves) do not query the webhooks each. A webhook created (or activated) since misses such events of up to that
 * long; documented in docs/webhooks.md.
 */
final class TopicSubscriptions {

    /** How long a node trusts what it read, in milliseconds. */
    static final long TTL = 1000;

    private record Read(boolean wanted, long at) {
    }

    private static final Map<String, Read> READS = new ConcurrentHashMap<>();

    private TopicSubscriptions() {
    }

    /** Whether a webhook wants topics starting with {@code prefix}; {@code read} asks the database. */
    static boolean wanted(String prefix, Predicate<String> read) {
        long now = System.nanoTime() / 1_000_000;
        Read last = READS.get(prefix);
        if (last == null || now - last.at() >= TTL) {
            // Two threads may both read at expiry; both get the same answer, and the query is cheap.
            last = new Read(read.test(prefix), now);
            READS.put(prefix, last);
        }
        return last.wanted();
    }
}
