package org.headlesscart.api.error;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Decides whether an incident's stack trace goes into the log: once per distinct cause and window (a minute), so
 * that a failure repeated by every request (a lost database, a bug on a hot route) writes its trace once a minute
 * instead of once per request. A cause is its {@link #signature}. At most {@code capacity} causes are remembered,
 * the least recently seen forgotten first, so memory stays bounded whatever fails.
 */
final class StackTraceLimiter {

    static final int TOP_FRAMES = 5;

    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Seen> seen;

    /** When a cause's trace was last logged, under which incident, and how many incidents shared it since. */
    private static final class Seen {
        long loggedAt;
        String incident;
        int since;
    }

    /** What to log with an incident: its stack trace, or the incident whose logged trace it shares. */
    record Decision(boolean logTrace, String sameAs, int suppressedBefore) {
    }

    StackTraceLimiter(Duration window, int capacity, LongSupplier nanoClock) {
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
        this.seen = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Whether incident {@code incident}, failing with {@code failure}, logs its trace; if so it becomes the one
     * the following incidents of that cause refer to, and {@link Decision#suppressedBefore} says how many were
     * logged without a trace since the previous one.
     */
    synchronized Decision decide(Throwable failure, String incident) {
        long now = nanoClock.getAsLong();
        Seen last = seen.computeIfAbsent(signature(failure), k -> new Seen());
        if (last.incident != null && now - last.loggedAt < windowNanos) {
            last.since++;
            return new Decision(false, last.incident, 0);
        }
        int suppressed = last.since;
        last.loggedAt = now;
        last.incident = incident;
        last.since = 0;
        return new Decision(true, null, suppressed);
    }

    /**
     * A cause's identity: the class of the failure, the class of its root cause and the root cause's top
     * {@value #TOP_FRAMES} frames. The same fault reached by another request has the same signature; messages
     * (which hold ids and values) play no part.
     */
    static String signature(Throwable failure) {
        if (failure == null) {
            return "none";
        }
        Throwable root = rootCause(failure);
        StringBuilder signature = new StringBuilder(failure.getClass().getName()).append('|')
                .append(root.getClass().getName());
        StackTraceElement[] frames = root.getStackTrace();
        for (int i = 0; i < Math.min(TOP_FRAMES, frames.length); i++) {
            signature.append('|').append(frames[i].getClassName()).append('.').append(frames[i].getMethodName())
                    .append(':').append(frames[i].getLineNumber());
        }
        return signature.toString();
    }

    static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        return root;
    }
}
