package org.headlesscart.order.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.order.entity.CustomerOrder;

/** Paid orders counted in the database per UTC day or hour, for the operators' dashboard: one statement each. */
@Dependent
public class SalesFigures {

    /** Orders of one day and what they came to, minor units. */
    public record Day(long orders, long totalMinor, long refundedMinor) {
    }

    @PersistenceContext(unitName = "checkout")
    EntityManager em;

    /** Days with paid orders created in [from, to); days without any are absent. */
    public Map<LocalDate, Day> perDay(Instant from, Instant to) {
        Map<LocalDate, Day> days = new HashMap<>();
        for (Object[] row : em.createNamedQuery(CustomerOrder.SALES_PER_DAY, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            days.put(LocalDate.of(number(row[0]), number(row[1]), number(row[2])),
                    new Day(count(row[3]), count(row[4]), count(row[5])));
        }
        return days;
    }

    /** Carts converted (paid orders placed from them at checkout) per hour in [from, to); hours without any absent. */
    public Map<Instant, Long> convertedPerHour(Instant from, Instant to) {
        Map<Instant, Long> hours = new HashMap<>();
        for (Object[] row : em.createNamedQuery(CustomerOrder.CONVERTED_PER_HOUR, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            hours.put(LocalDateTime.of(number(row[0]), number(row[1]), number(row[2]), number(row[3]), 0)
                    .toInstant(ZoneOffset.UTC), count(row[4]));
        }
        return hours;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
