package org.headlesscart.api.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link LoginEvents} in memory, for the throttle's unit tests: the reference for what {@link DatabaseLoginEvents}
 * answers (the servers keep the events in the database, shared by a cluster). Bounded: at most {@code maxEntries}
 * keys, the least recently used forgotten first, each with at most the events its limit needs. Expired events are
 * dropped when their key is read, and a key left without events is forgotten.
 */
class InMemoryLoginEvents implements LoginEvents {

    int maxEntries = Integer.MAX_VALUE;

    /** Access-ordered, so that the eldest entry is the least recently used. */
    private final Map<String, Times> events = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Times> eldest) {
            return size() > maxEntries;
        }
    };

    @Override
    public synchronized void add(String key, Instant at, int keep) {
        events.computeIfAbsent(key, k -> new Times()).add(at.toEpochMilli(), keep);
    }

    @Override
    public synchronized Optional<Instant> nthNewestAfter(String key, int n, Instant since) {
        Times times = events.get(key);
        if (times == null) {
            return Optional.empty();
        }
        times.dropUntil(since.toEpochMilli());
        if (times.size == 0) {
            events.remove(key);
            return Optional.empty();
        }
        return times.size < n ? Optional.empty() : Optional.of(Instant.ofEpochMilli(times.millis[times.size - n]));
    }

    @Override
    public synchronized void remove(String key) {
        events.remove(key);
    }

    synchronized int size() {
        return events.size();
    }

    /** Epoch milliseconds, oldest first, in an array that grows up to the limit of its key. */
    private static final class Times {

        long[] millis = new long[1];
        int size;

        void add(long at, int keep) {
            if (size >= keep) {
                System.arraycopy(millis, size - keep + 1, millis, 0, keep - 1);    // only the newest keep matter
                size = keep - 1;
            } else if (size == millis.length) {
                millis = Arrays.copyOf(millis, Math.min(keep, 2 * size));
            }
            millis[size++] = at;
        }

        /** Drops the events at or before {@code since}: out of the window. */
        void dropUntil(long since) {
            int expired = 0;
            while (expired < size && millis[expired] <= since) {
                expired++;
            }
            System.arraycopy(millis, expired, millis, 0, size - expired);
            size -= expired;
        }
    }
}
