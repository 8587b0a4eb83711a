package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Kept catalog answers: revision, age, the bounds in entries and bytes, and one rendering per key at a time. */
class CatalogResponseCacheTest {

    record Answer(String name, long bytes) implements CatalogResponseCache.Sized {
    }

    Instant now = Instant.parse("2026-12-05T17:00:00Z");
    final AtomicInteger renders = new AtomicInteger();
    final ExecutorService pool = Executors.newFixedThreadPool(4);
    final CatalogResponseCache cache = cache(60, 3, 1000);

    CatalogResponseCache cache(int seconds, int entries, long bytes) {
        CatalogResponseCache made = new CatalogResponseCache();
        made.ttlSeconds = seconds;
        made.maxEntries = entries;
        made.maxBytes = bytes;
        made.clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        made.init();
        return made;
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    Answer get(CatalogResponseCache in, String key, long revision, long bytes) {
        return in.get(key, revision, () -> {
            renders.incrementAndGet();
            return new Answer(key + "@" + revision, bytes);
        });
    }

    @Test
    void anAnswerIsKeptForItsRevisionAndAge() {
        Answer first = get(cache, "a", 7, 10);
        assertSame(first, get(cache, "a", 7, 10));
        assertSame(first, get(cache, "a", 6, 10), "a node that trusts an older revision still gets the newer answer");
        assertEquals(1, renders.get());
        assertEquals("a@8", get(cache, "a", 8, 10).name(), "the catalog changed");
        now = now.plus(Duration.ofSeconds(60));
        get(cache, "a", 8, 10);
        assertEquals(3, renders.get(), "too old: rendered again");
    }

    @Test
    void theLeastRecentlyUsedGoBeyondTheEntryBound() {
        get(cache, "a", 1, 10);
        get(cache, "b", 1, 10);
        get(cache, "c", 1, 10);
        get(cache, "a", 1, 10);             // a is used again: b is now the eldest
        get(cache, "d", 1, 10);
        assertArrayEquals(new long[] {3, 30}, cache.size());
        renders.set(0);
        get(cache, "a", 1, 10);
        get(cache, "c", 1, 10);
        get(cache, "d", 1, 10);
        assertEquals(0, renders.get(), "a, c and d are kept");
        get(cache, "b", 1, 10);
        assertEquals(1, renders.get(), "b was dropped");
    }

    @Test
    void theByteBoundDropsTheEldestAndKeepsNothingLargerThanItself() {
        get(cache, "a", 1, 400);
        get(cache, "b", 1, 400);
        get(cache, "c", 1, 400);
        assertArrayEquals(new long[] {2, 800}, cache.size(), "1200 bytes are over the bound of 1000: a went");
        get(cache, "huge", 1, 1001);
        assertArrayEquals(new long[] {2, 800}, cache.size(), "an answer over the whole bound is not kept");
        renders.set(0);
        get(cache, "huge", 1, 1001);
        assertEquals(1, renders.get());
    }

    @Test
    void zeroInAnyBoundSwitchesKeepingOff() {
        for (CatalogResponseCache off : new CatalogResponseCache[] {cache(0, 3, 1000), cache(60, 0, 1000),
                cache(60, 3, 0)}) {
            renders.set(0);
            get(off, "a", 1, 10);
            get(off, "a", 1, 10);
            assertEquals(2, renders.get());
            assertArrayEquals(new long[] {0, 0}, off.size());
        }
    }

    @Test
    void aFailedRenderingIsNotKept() {
        assertThrows(IllegalStateException.class, () -> cache.get("a", 1, () -> {
            throw new IllegalStateException("404");
        }));
        assertArrayEquals(new long[] {0, 0}, cache.size());
        assertEquals("a@1", get(cache, "a", 1, 10).name());
    }

    @Test
    void requestsMissingTheSameKeyAtOnceWaitForOneRendering() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Answer> first = pool.submit(() -> cache.get("slow", 1, () -> {
            renders.incrementAndGet();
            rendering.countDown();
            await(release);
            return new Answer("slow", 10);
        }));
        assertEquals(true, rendering.await(5, TimeUnit.SECONDS));
        Future<Answer> second = pool.submit(() -> get(cache, "slow", 1, 10));
        Future<Answer> third = pool.submit(() -> get(cache, "slow", 1, 10));
        Thread.sleep(100);
        release.countDown();
        assertSame(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS));
        assertSame(first.get(), third.get(5, TimeUnit.SECONDS));
        assertEquals(1, renders.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
