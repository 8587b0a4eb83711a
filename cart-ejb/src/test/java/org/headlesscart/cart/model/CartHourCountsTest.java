package org.headlesscart.cart.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The chart axis: every UTC hour from the first to the current, counts where found, zero elsewhere. */
class CartHourCountsTest {

    @Test
    void everyHourIsPresentOldestFirst() {
        Instant from = Instant.parse("2026-12-01T10:42:00Z");
        Instant now = Instant.parse("2026-12-01T13:05:00Z");
        List<CartHourCounts> hours = CartHourCounts.series(from, now,
                Map.of(Instant.parse("2026-12-01T12:00:00Z"), new long[] {5, 2}));

        assertEquals(List.of(new CartHourCounts(Instant.parse("2026-12-01T10:00:00Z"), 0, 0),
                new CartHourCounts(Instant.parse("2026-12-01T11:00:00Z"), 0, 0),
                new CartHourCounts(Instant.parse("2026-12-01T12:00:00Z"), 5, 2),
                new CartHourCounts(Instant.parse("2026-12-01T13:00:00Z"), 0, 0)), hours);
    }

    @Test
    void sevenDaysAre169HoursWithTheCurrentOne() {
        Instant now = Instant.parse("2026-12-08T09:30:00Z");

        assertEquals(169, CartHourCounts.series(now.minusSeconds(7 * 86400), now, Map.of()).size());
    }
}
