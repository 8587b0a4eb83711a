package org.headlesscart.api.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Whether a dependency answers, known without waiting on it: a check (a ping) runs on an executor at most once per
 * interval, one at a time, when someone asks. A check that fails makes it unreachable, one that answers reachable,
 * however late (a slow answer comes from a busy machine, not a lost server). A check that has not answered within
 * its timeout counts as a failure at once, even while it still hangs (a paused server holds the socket open); no
 * second one starts until it returns, so at most one thread ever waits on a dead server. Callers that may wait
 * ({@link #await}) wait at most until the running check's deadline.
 */
final class ReachabilityProbe {

    /** The check: true if the dependency answered; may throw, and may hang (it has its own socket timeouts). */
    interface Check {
        boolean answers() throws Exception;
    }

    /** Told when the verdict changes, with what the failed check threw (null if it timed out or said false). */
    interface Listener {
        void changed(boolean reachable, Throwable failure, Duration unreachableFor);
    }

    private record Run(long startedAt, CompletableFuture<Boolean> verdict) {
    }

    private final Check check;
    private final Executor executor;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private final long timeoutNanos;
    private final Listener listener;
    private final AtomicReference<Run> last = new AtomicReference<>();
    private volatile boolean reachable = true;
    private volatile long unreachableSince;

    ReachabilityProbe(Check check, Executor executor, LongSupplier nanoClock, Duration interval, Duration timeout,
            Listener listener) {
        this.check = check;
        this.executor = executor;
        this.nanoClock = nanoClock;
        this.intervalNanos = interval.toNanos();
        this.timeoutNanos = timeout.toNanos();
        this.listener = listener;
    }

    /** The current verdict, never waiting; starts a check if the last one is older than the interval. */
    boolean reachable() {
        Run run = checkIfDue();
        if (run != null) {
            expireIfOverdue(run);
        }
        return reachable;
    }

    /**
     * The verdict of a check no older than the interval, waiting for it at most until its deadline (the
     * timeout after it started); a check that misses its deadline counts as a failure.
     */
    boolean await() {
        Run run = checkIfDue();
        if (run == null || run.verdict.isDone()) {
            return reachable;
        }
        long left = run.startedAt + timeoutNanos - nanoClock.getAsLong();
        try {
            if (left > 0) {
                run.verdict.get(left, TimeUnit.NANOSECONDS);
                return reachable;
            }
        } catch (TimeoutException | ExecutionException e) {
            // a missed deadline: unreachable, below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        expireIfOverdue(run);
        return reachable;
    }

    /**
     * Something suggests the dependency is gone (a request failed to reach it): check now instead of at the end
     * of the interval, unless a check is running.
     */
    void suspect() {
        checkIfDue(true);
    }

    private Run checkIfDue() {
        return checkIfDue(false);
    }

    /** The running check, or a new one if the last is older than the interval; null if a recent verdict stands. */
    private Run checkIfDue(boolean now) {
        Run previous = last.get();
        long at = nanoClock.getAsLong();
        if (previous != null && (!previous.verdict.isDone() || !now && at - previous.startedAt < intervalNanos)) {
            return previous.verdict.isDone() ? null : previous;
        }
        Run next = new Run(at, new CompletableFuture<>());
        if (!last.compareAndSet(previous, next)) {
            Run other = last.get();
            return other.verdict.isDone() ? null : other;
        }
        try {
            executor.execute(() -> run(next));
        } catch (RejectedExecutionException e) {
            finish(next, false, e);
        }
        return next;
    }

    private void run(Run run) {
        boolean answered;
        Throwable failure = null;
        try {
            answered = check.answers();
        } catch (Exception | LinkageError e) {
            answered = false;
            failure = e;
        }
        finish(run, answered, failure);
    }

    /** The verdict and the check's completion in one step, so an expiry never overrides a check that answered. */
    private synchronized void finish(Run run, boolean answered, Throwable failure) {
        verdict(answered, failure);
        run.verdict.complete(answered);
    }

    /** A check past its deadline is a failure at once, even while it still runs. */
    private synchronized void expireIfOverdue(Run run) {
        if (!run.verdict.isDone() && nanoClock.getAsLong() - run.startedAt >= timeoutNanos) {
            verdict(false, null);
        }
    }

    /** Called holding the lock. */
    private void verdict(boolean now, Throwable failure) {
        if (now == reachable) {
            return;
        }
        long at = nanoClock.getAsLong();
        Duration down = now ? Duration.ofNanos(at - unreachableSince) : Duration.ZERO;
        if (!now) {
            unreachableSince = at;
        }
        reachable = now;
        listener.changed(now, failure, down);
    }
}
