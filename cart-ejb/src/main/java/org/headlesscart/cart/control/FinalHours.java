package org.headlesscart.cart.control;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The hourly cart counts of hours that are over, kept per server: a past hour's counts do not change (carts are
 * created and expire at the time their write gives them, and the cleanup moves a deleted cart's counts into
 * {@code cart_hour} without changing the sum), so a dashboard asks the database only for the hours still open. An
 * hour is over once it ended {@link #GRACE} ago, so that a cart written at its end but committed a little later is
 * in it. Counts older than {@link CartHours#KEPT} are dropped.
 */
@ApplicationScoped
public class FinalHours {

    static final Duration GRACE = Duration.ofMinutes(1);

    private final Map<Instant, long[]> hours = new ConcurrentHashMap<>();

    /** The first hour whose counts are not final at {@code now}: it and the later ones are asked for. */
    static Instant firstOpen(Instant now) {
        return now.minus(GRACE).truncatedTo(ChronoUnit.HOURS);
    }

    /** The first hour from {@code start} on, before {@code firstOpen}, that is not kept; {@code firstOpen} if none. */
    Instant firstMissing(Instant start, Instant firstOpen) {
        for (Instant hour = start; hour.isBefore(firstOpen); hour = hour.plus(1, ChronoUnit.HOURS)) {
            if (!hours.containsKey(hour)) {
                return hour;
            }
        }
        return firstOpen;
    }

    long[] get(Instant hour) {
        return hours.get(hour);
    }

    void keep(Instant hour, long[] counts, Instant now) {
        hours.put(hour, counts.clone());
        hours.keySet().removeIf(h -> h.isBefore(now.minus(CartHours.KEPT)));
    }
}
