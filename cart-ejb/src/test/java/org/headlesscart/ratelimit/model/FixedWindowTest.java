package org.headlesscart.ratelimit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FixedWindowTest {

    private static final Duration MINUTE = Duration.ofSeconds(60);

    @Test
    void windowsAreAlignedToTheirLengthSoEveryNodeNamesTheSameOne() {
        FixedWindow window = FixedWindow.at(Instant.ofEpochSecond(1_800_000_059, 999_000_000), MINUTE);

        assertEquals(new FixedWindow(1_800_000_000, 1_800_000_060), window, "1,800,000,000 is a multiple of 60");
        assertEquals(window, FixedWindow.at(Instant.ofEpochSecond(1_800_000_000), MINUTE), "its first instant");
        assertEquals(1_800_000_060, FixedWindow.at(Instant.ofEpochSecond(1_800_000_060), MINUTE).start(),
                "its end is the next window's start");
        assertEquals(new FixedWindow(1_799_999_940, 1_800_000_000),
                FixedWindow.at(Instant.ofEpochSecond(1_799_999_999), MINUTE));
    }

    @Test
    void secondsLeftRoundUpAndAreAtLeastOne() {
        FixedWindow window = FixedWindow.at(Instant.ofEpochSecond(1_800_000_000), MINUTE);

        assertEquals(60, window.secondsLeft(Instant.ofEpochSecond(1_800_000_000)));
        assertEquals(1, window.secondsLeft(Instant.ofEpochSecond(1_800_000_059, 999_000_000)), "rounded up");
        assertEquals(20, window.secondsLeft(Instant.ofEpochSecond(1_800_000_040, 1_000_000)));
        assertEquals(1, window.secondsLeft(Instant.ofEpochSecond(1_800_000_060)), "never 0: a retry then passes");
    }

    @Test
    void subSecondLengthsCountAsOneSecond() {
        FixedWindow window = FixedWindow.at(Instant.ofEpochSecond(7, 500_000_000), Duration.ofMillis(300));

        assertEquals(new FixedWindow(7, 8), window);
    }

    @Test
    void decisionsCountDownToZeroAndRefuseAfterTheLimit() {
        FixedWindow window = new FixedWindow(60, 120);

        RateDecision first = RateDecision.of(1, 3, window, 42);
        RateDecision last = RateDecision.of(3, 3, window, 42);
        RateDecision over = RateDecision.of(4, 3, window, 42);

        assertTrue(first.allowed());
        assertEquals(2, first.remaining());
        assertTrue(last.allowed());
        assertEquals(0, last.remaining());
        assertFalse(over.allowed());
        assertEquals(0, over.remaining(), "never negative");
        assertEquals(120, over.reset(), "RateLimit-Reset: the window's end in Unix seconds");
        assertEquals(42, over.retryAfter());
    }
}
