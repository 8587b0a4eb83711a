package org.headlesscart.api.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A verdict on the database that never waits longer than the probe timeout, one check at a time. */
class ReachabilityProbeTest {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    static final Duration TIMEOUT = Duration.ofMillis(800);

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final Queue<Runnable> pending = new ArrayDeque<>();      // checks started but not yet run
    final AtomicBoolean answers = new AtomicBoolean(true);
    final AtomicInteger checks = new AtomicInteger();
    final List<String> changes = new ArrayList<>();

    final ReachabilityProbe probe = new ReachabilityProbe(() -> {
        checks.incrementAndGet();
        return answers.get();
    }, pending::add, now::get, INTERVAL, TIMEOUT, (reachable, failure, down) -> changes.add(reachable
            ? "up after " + down.toMillis() + " ms"
            : "down: " + (failure == null ? "no answer" : failure.getMessage())));

    @Test
    void aCheckRunsAtMostOncePerIntervalWhateverAsks() {
        assertTrue(probe.reachable());
        assertTrue(probe.reachable());
        assertEquals(1, pending.size(), "one check started, none while it runs");
        runPending();
        advance(Duration.ofMillis(500));
        probe.reachable();
        assertEquals(0, pending.size(), "a verdict younger than the interval stands");
        advance(Duration.ofMillis(500));
        probe.reachable();
        assertEquals(1, pending.size());
    }

    @Test
    void aFailedCheckMakesItUnreachableUntilACheckSucceeds() {
        answers.set(false);
        probe.reachable();
        runPending();
        assertFalse(probe.reachable());

        answers.set(true);
        advance(Duration.ofSeconds(3));
        assertFalse(probe.reachable(), "the verdict comes from the check, not from asking");
        runPending();
        assertTrue(probe.reachable());
        assertEquals(List.of("down: no answer", "up after 3000 ms"), changes);
    }

    @Test
    void aCheckThatHangsPastItsTimeoutIsUnreachableWhileItHangsAndNoSecondOneStarts() {
        answers.set(false);
        probe.reachable();                                   // started, never answers: a paused database
        advance(TIMEOUT.minusMillis(1));
        assertTrue(probe.reachable());
        advance(Duration.ofMillis(1));
        assertFalse(probe.reachable());
        advance(Duration.ofSeconds(10));
        assertFalse(probe.reachable());
        assertEquals(1, pending.size(), "one thread at most waits on a hung database");

        runPending();                                        // it fails at last (its socket timeout)
        assertEquals(1, checks.get());
        probe.reachable();
        assertEquals(1, pending.size(), "the next check starts once the hung one returned");
        answers.set(true);
        runPending();
        assertTrue(probe.reachable());
    }

    @Test
    void aLateAnswerStillMeansReachable() {
        probe.reachable();                                   // a busy machine: the ping answers, but late
        advance(TIMEOUT.plusMillis(500));
        assertFalse(probe.reachable(), "past its deadline it counts as a failure");
        runPending();
        assertTrue(probe.reachable(), "the database answered: reachable at once");
        assertEquals(List.of("down: no answer", "up after 0 ms"), changes);
    }

    @Test
    void whatTheCheckThrowsIsTheReason() {
        ReachabilityProbe throwing = new ReachabilityProbe(() -> {
            throw new SQLNonTransientConnectionException("Connection refused");
        }, Runnable::run, now::get, INTERVAL, TIMEOUT, (reachable, failure, down) -> changes.add(failure.getMessage()));

        assertFalse(throwing.reachable());
        assertEquals(List.of("Connection refused"), changes);
    }

    @Test
    void aCheckThatCannotStartIsAFailure() {
        ReachabilityProbe rejected = new ReachabilityProbe(() -> true, task -> {
            throw new RejectedExecutionException("shut down");
        }, now::get, INTERVAL, TIMEOUT, (reachable, failure, down) -> changes.add("down"));

        assertFalse(rejected.reachable());
        assertEquals(List.of("down"), changes);
    }

    @Test
    void awaitWaitsForTheRunningCheckButNotPastItsDeadline() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            ReachabilityProbe hanging = new ReachabilityProbe(() -> {
                release.await();
                return true;
            }, executor,
                    System::nanoTime, INTERVAL, Duration.ofMillis(200), (reachable, failure, down) -> { });
            long start = System.nanoTime();
            assertFalse(hanging.await());
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(waited >= 150 && waited < 1000, "waited " + waited + " ms");

            start = System.nanoTime();
            assertFalse(hanging.await(), "no second wait on a check already past its deadline");
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 100);

            ReachabilityProbe quick = new ReachabilityProbe(() -> true, executor, System::nanoTime, INTERVAL,
                    Duration.ofSeconds(5), (reachable, failure, down) -> { });
            release.countDown();
            assertTrue(quick.await(), "a check that answers in time gives its verdict to the waiter");
        } finally {
            executor.shutdownNow();
        }
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    private void runPending() {
        for (Runnable task; (task = pending.poll()) != null;) {
            task.run();
        }
    }
}
