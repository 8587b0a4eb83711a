package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class InMemoryLoginEventsTest {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    final InMemoryLoginEvents events = new InMemoryLoginEvents();

    {
        events.maxEntries = 3;
    }

    @Test
    void theNthNewestCountsOnlyEventsAfterSince() {
        for (int i = 0; i < 4; i++) {
            events.add("k", T0.plusSeconds(i), 10);
        }

        assertEquals(Optional.of(T0.plusSeconds(3)), events.nthNewestAfter("k", 1, T0));
        assertEquals(Optional.of(T0.plusSeconds(1)), events.nthNewestAfter("k", 3, T0));
        assertEquals(Optional.empty(), events.nthNewestAfter("k", 4, T0), "the one at since is out of the window");
        assertEquals(Optional.empty(), events.nthNewestAfter("other", 1, T0));
    }

    @Test
    void aKeyKeepsOnlyItsNewestEvents() {
        for (int i = 0; i < 7; i++) {
            events.add("k", T0.plusSeconds(i), 5);
        }

        assertEquals(Optional.of(T0.plusSeconds(2)), events.nthNewestAfter("k", 5, T0.minusSeconds(1)));
        assertEquals(Optional.empty(), events.nthNewestAfter("k", 6, T0.minusSeconds(1)), "two were let go");
    }

    @Test
    void aKeyWhoseEventsAllExpiredIsForgotten() {
        events.add("k", T0, 5);
        events.add("j", T0.plusSeconds(10), 5);

        assertEquals(Optional.empty(), events.nthNewestAfter("k", 1, T0));
        assertEquals(1, events.size());
        events.remove("j");
        assertEquals(0, events.size());
    }

    @Test
    void theLeastRecentlyUsedKeyGoesFirst() {
        events.add("a", T0, 5);
        events.add("b", T0, 5);
        events.add("c", T0, 5);
        events.nthNewestAfter("a", 1, T0.minusSeconds(1));      // a read counts as a use
        events.add("d", T0, 5);

        assertEquals(3, events.size());
        assertEquals(Optional.empty(), events.nthNewestAfter("b", 1, T0.minusSeconds(1)));
        assertEquals(Optional.of(T0), events.nthNewestAfter("a", 1, T0.minusSeconds(1)));
    }
}
