package org.headlesscart.api.http;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered catalog responses, reused while the catalog revision they were built at is current and for at most
 * {@code headlesscart.catalog.response-cache-seconds} (so sale prices that start or end on a schedule show
 * within that time). Checking costs one primary-key read per request instead of a page's dozen statements; every
 * catalog write bumps the revision in its own transaction, so changes are visible on the next read on every
 * instance. Least recently used entries go first beyond {@code headlesscart.catalog.response-cache-entries};
 * 0 seconds switches the cache off.
 */
@ApplicationScoped
public class CatalogResponseCache {

    @Inject
    @ConfigProperty(name = "headlesscart.catalog.response-cache-seconds")
    int ttlSeconds;

    @Inject
    @ConfigProperty(name = "headlesscart.catalog.response-cache-entries")
    int maxEntries;

    Clock clock = Clock.systemUTC();

    private record Entry(long revision, Instant expires, Conditional.Rendered rendered) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > maxEntries;
        }
    };

    /** The response for {@code key} at {@code revision}, rendered by {@code render} when not cached. */
    public Conditional.Rendered get(String key, long revision, Supplier<Conditional.Rendered> render) {
        if (ttlSeconds <= 0) {
            return render.get();
        }
        Instant now = clock.instant();
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.revision() == revision && now.isBefore(entry.expires())) {
            return entry.rendered();
        }
        Conditional.Rendered rendered = render.get();
        synchronized (entries) {
            entries.put(key, new Entry(revision, now.plusSeconds(ttlSeconds), rendered));
        }
        return rendered;
    }
}
