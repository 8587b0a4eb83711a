package org.headlesscart.api.http;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Catalog answers kept as the bytes sent, per node, for the catalog revision they were rendered at: a product page
 * is a dozen statements and tens of kilobytes of JSON, and storefronts ask for the same pages again and again. The
 * caller names the answer by a key holding everything that shapes its body (base URL, route, normalized query) and
 * gives the revision it trusts ({@code CatalogRevisionService#current}: re-read from the database at most every
 * {@code headlesscart.catalog.revision-freshness}, at once after a catalog write through this node), so a change
 * through another node shows within that bound. An answer is also kept at most
 * {@code headlesscart.catalog.response-cache-seconds}, so sale prices that start or end on a schedule show within
 * that time. Requests that miss the same key at once wait for one rendering instead of each running it (a slow
 * search would otherwise run sixteen times when its answer expires under load). Least recently used answers go
 * first beyond {@code headlesscart.catalog.response-cache-entries} answers or
 * {@code headlesscart.catalog.response-cache-bytes} bytes; 0 in any of the three switches keeping off.
 */
@ApplicationScoped
public class CatalogResponseCache {

    /** What is kept: its size counts against the bound. */
    public interface Sized {
        long bytes();
    }

    @Inject
    @ConfigProperty(name = "headlesscart.catalog.response-cache-seconds")
    int ttlSeconds;

    @Inject
    @ConfigProperty(name = "headlesscart.catalog.response-cache-entries")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "headlesscart.catalog.response-cache-bytes")
    long maxBytes;

    Clock clock = Clock.systemUTC();

    /** One key's answer: rendering while {@code bytes} is 0 and the future not done. */
    private record Entry(long revision, Instant expires, CompletableFuture<Sized> answer, long bytes) {
    }

    private Map<String, Entry> entries;
    private long bytes;

    @PostConstruct
    void init() {
        entries = new LinkedHashMap<>(64, 0.75f, true);
    }

    /** Whether answers are kept at all. */
    public boolean keeping() {
        return ttlSeconds > 0 && maxEntries > 0 && maxBytes > 0;
    }

    /**
     * The answer under {@code key} kept at {@code revision} or later, else the one another request is rendering for
     * it now, else {@code render}'s (kept unless it fails or is larger than the whole bound).
     */
    @SuppressWarnings("unchecked")
    public <T extends Sized> T get(String key, long revision, Supplier<T> render) {
        if (!keeping()) {
            return render.get();
        }
        Instant now = clock.instant();
        Entry entry;
        Entry mine = null;
        synchronized (this) {
            entry = entries.get(key);
            // Revisions only grow: an answer rendered at a later one than this request trusts is newer, not older.
            if (entry == null || entry.revision() < revision || !now.isBefore(entry.expires())
                    || entry.answer().isCompletedExceptionally()) {
                mine = new Entry(revision, now.plusSeconds(ttlSeconds), new CompletableFuture<>(), 0);
                put(key, mine);
            }
        }
        if (mine == null) {
            try {
                return (T) entry.answer().join();
            } catch (CompletionException failed) {
                return render.get();      // the request rendering it failed (a 404, say): this one finds out itself
            }
        }
        T rendered;
        try {
            rendered = render.get();
        } catch (RuntimeException | Error e) {
            mine.answer().completeExceptionally(e);
            synchronized (this) {
                remove(key, mine);
            }
            throw e;
        }
        mine.answer().complete(rendered);
        synchronized (this) {
            if (entries.get(key) == mine) {
                if (rendered.bytes() > maxBytes) {
                    remove(key, mine);
                } else {
                    put(key, new Entry(mine.revision(), mine.expires(), mine.answer(), rendered.bytes()));
                    evict();
                }
            }
        }
        return rendered;
    }

    /** How many answers are kept or being rendered, and their bytes; for tests. */
    synchronized long[] size() {
        return new long[] {entries.size(), bytes};
    }

    private void put(String key, Entry entry) {
        Entry replaced = entries.put(key, entry);
        bytes += entry.bytes() - (replaced == null ? 0 : replaced.bytes());
        evict();
    }

    private void remove(String key, Entry entry) {
        if (entries.remove(key, entry)) {
            bytes -= entry.bytes();
        }
    }

    // Eldest first (access order); an answer being rendered may go too, its waiters still get it.
    private void evict() {
        Iterator<Entry> eldest = entries.values().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().bytes();
            eldest.remove();
        }
    }
}
