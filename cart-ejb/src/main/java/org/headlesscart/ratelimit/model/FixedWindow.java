package org.headlesscart.ratelimit.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The fixed window an instant falls in, for a window length of whole seconds: windows are aligned to the epoch
 * (a 60 s window starts at every full minute), so every node computes the same window from its own clock, and its end
 * is known without reading it back. A client may spend its limit at the end of one window and again at the start of
 * the next: at most twice the limit within one window's length, the usual price of fixed windows.
 *
 * @param start first epoch second of the window
 * @param end   first epoch second after it
 */
public record FixedWindow(long start, long end) {

    /** The window of {@code length} (at least one second; sub-second parts are dropped) that holds {@code now}. */
    public static FixedWindow at(Instant now, Duration length) {
        long seconds = Math.max(1, length.getSeconds());
        long start = Math.floorDiv(now.getEpochSecond(), seconds) * seconds;
        return new FixedWindow(start, start + seconds);
    }

    /** Whole seconds from {@code now} until the window ends, rounded up and at least 1: a retry then gets through. */
    public long secondsLeft(Instant now) {
        long millis = Math.multiplyExact(end, 1000L) - now.toEpochMilli();
        return Math.max(1, (millis + 999) / 1000);
    }
}
