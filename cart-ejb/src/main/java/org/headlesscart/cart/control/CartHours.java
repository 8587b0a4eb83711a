package org.headlesscart.cart.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartHour;
import org.headlesscart.cart.model.CartHourCounts;

/**
 * Carts per UTC hour for the operators' charts: created in the hour, and abandoned in it (expired with a value; a
 * cart that became an order was emptied at checkout, so it has none). Stored carts are counted from their rows by two
 * aggregate queries; what the cleanup deleted is in {@link CartHour}, folded in before each batch is deleted.
 */
@Dependent
public class CartHours {

    /** How long the folded counts are kept: the 7-day charts, with room for a monthly one. */
    public static final Duration KEPT = Duration.ofDays(35);

    @PersistenceContext(unitName = "cart")
    EntityManager em;

    @Inject
    FinalHours finalHours;

    /**
     * Every hour from {@code from}'s to {@code now}'s: three statements whatever the number of carts, over the hours
     * this server has not counted yet once they were over (usually the last one or two).
     */
    public List<CartHourCounts> counts(Instant from, Instant now) {
        Instant start = CartHourCounts.hourOf(from);
        Instant firstOpen = FinalHours.firstOpen(now);
        Instant asked = finalHours.firstMissing(start, firstOpen);
        Map<Instant, long[]> found = counted(asked, now);
        for (Instant hour = asked; hour.isBefore(firstOpen); hour = hour.plus(1, ChronoUnit.HOURS)) {
            finalHours.keep(hour, found.getOrDefault(hour, new long[2]), now);
        }
        for (Instant hour = start; hour.isBefore(asked); hour = hour.plus(1, ChronoUnit.HOURS)) {
            long[] kept = finalHours.get(hour);
            if (kept != null) {            // null only beyond KEPT, which no chart asks for
                found.put(hour, kept);
            }
        }
        return CartHourCounts.series(start, now, found);
    }

    /** Carts created and abandoned per hour from {@code start} to now, stored and folded. */
    private Map<Instant, long[]> counted(Instant start, Instant now) {
        Map<Instant, long[]> found = new HashMap<>();
        add(found, em.createNamedQuery(Cart.CREATED_PER_HOUR, Object[].class).setParameter("from", start)
                .setParameter("to", now).getResultList(), 0);
        add(found, em.createNamedQuery(Cart.ABANDONED_PER_HOUR, Object[].class).setParameter("from", start)
                .setParameter("to", now).getResultList(), 1);
        for (CartHour hour : em.createNamedQuery(CartHour.SINCE, CartHour.class).setParameter("from", start)
                .getResultList()) {
            long[] counts = found.computeIfAbsent(hour.getHourStart(), h -> new long[2]);
            counts[0] += hour.getCreated();
            counts[1] += hour.getAbandoned();
        }
        return found;
    }

    /**
     * Adds the carts of a batch the cleanup is about to delete (and holds locked) to their hours' rows, each row
     * locked while it is changed, and drops rows older than {@link #KEPT}.
     */
    public void fold(List<Cart> batch, Instant now) {
        Map<Instant, long[]> hours = new TreeMap<>();
        for (Cart cart : batch) {
            hours.computeIfAbsent(CartHourCounts.hourOf(cart.getCreatedAt()), h -> new long[2])[0]++;
            if (cart.getTotalMinor() > 0) {
                hours.computeIfAbsent(CartHourCounts.hourOf(cart.getExpiresAt()), h -> new long[2])[1]++;
            }
        }
        hours.forEach((start, counts) -> {
            CartHour row = em.find(CartHour.class, start, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                row = new CartHour(start);
                em.persist(row);
            }
            row.add(counts[0], counts[1]);
        });
        em.createNamedQuery(CartHour.DELETE_BEFORE).setParameter("before", now.minus(KEPT)).executeUpdate();
    }

    /** Rows of year, month, day, hour (UTC) and a count into {@code found}'s slot {@code slot}. */
    private static void add(Map<Instant, long[]> found, List<Object[]> rows, int slot) {
        for (Object[] row : rows) {
            Instant hour = LocalDateTime.of(number(row[0]), number(row[1]), number(row[2]), number(row[3]), 0)
                    .toInstant(ZoneOffset.UTC);
            found.computeIfAbsent(hour, h -> new long[2])[slot] += ((Number) row[4]).longValue();
        }
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
