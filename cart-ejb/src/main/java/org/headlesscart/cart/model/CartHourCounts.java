package org.headlesscart.cart.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Carts of one UTC hour for the operators' charts: created in it, and abandoned in it (expired with a value).
 *
 * @param hour the hour's first instant
 */
public record CartHourCounts(Instant hour, long created, long abandoned) {

    /** The hour an instant falls in. */
    public static Instant hourOf(Instant when) {
        return when.truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * Every hour from {@code from}'s to {@code to}'s, both included, oldest first: the counts found (hour → created,
     * abandoned), zero for an hour without any, so that a chart's axis has no gaps.
     */
    public static List<CartHourCounts> series(Instant from, Instant to, Map<Instant, long[]> found) {
        List<CartHourCounts> hours = new ArrayList<>();
        for (Instant hour = hourOf(from); !hour.isAfter(hourOf(to)); hour = hour.plus(1, ChronoUnit.HOURS)) {
            long[] counts = found.getOrDefault(hour, new long[2]);
            hours.add(new CartHourCounts(hour, counts[0], counts[1]));
        }
        return hours;
    }
}
