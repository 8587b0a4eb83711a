package org.headlesscart.cart.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Which hours a dashboard still asks the database for. */
class FinalHoursTest {

    final FinalHours hours = new FinalHours();

    @Test
    void anHourIsOverAMinuteAfterItEnded() {
        assertEquals(Instant.parse("2026-12-05T12:00:00Z"), FinalHours.firstOpen(Instant.parse("2026-12-05T13:00:59Z")));
        assertEquals(Instant.parse("2026-12-05T13:00:00Z"), FinalHours.firstOpen(Instant.parse("2026-12-05T13:01:00Z")));
    }

    @Test
    void onlyTheHoursNotKeptAreAskedFor() {
        Instant start = Instant.parse("2026-12-05T10:00:00Z");
        Instant open = Instant.parse("2026-12-05T13:00:00Z");
        Instant now = Instant.parse("2026-12-05T13:30:00Z");

        assertEquals(start, hours.firstMissing(start, open));
        hours.keep(Instant.parse("2026-12-05T10:00:00Z"), new long[] {1, 0}, now);
        hours.keep(Instant.parse("2026-12-05T11:00:00Z"), new long[] {2, 1}, now);
        assertEquals(Instant.parse("2026-12-05T12:00:00Z"), hours.firstMissing(start, open));
        hours.keep(Instant.parse("2026-12-05T12:00:00Z"), new long[] {0, 0}, now);
        assertEquals(open, hours.firstMissing(start, open), "all over hours kept: only the open one is asked for");
        assertArrayEquals(new long[] {2, 1}, hours.get(Instant.parse("2026-12-05T11:00:00Z")));
    }

    @Test
    void hoursOlderThanTheKeptPeriodAreDropped() {
        Instant old = Instant.parse("2026-10-01T10:00:00Z");
        Instant now = Instant.parse("2026-12-05T13:30:00Z");
        hours.keep(old, new long[] {1, 1}, old.plusSeconds(7200));
        hours.keep(Instant.parse("2026-12-05T12:00:00Z"), new long[] {1, 1}, now);

        assertEquals(null, hours.get(old));
    }
}
