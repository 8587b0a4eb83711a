package org.headlesscart.order.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.cart.boundary.CartAdminService;
import org.headlesscart.cart.model.CartHourCounts;
import org.headlesscart.order.control.SalesFigures;

/**
 * The figures of the operators' dashboard that need orders: sales per day, and carts created, converted and abandoned
 * per hour (the cart component counts created and abandoned carts, this one the conversions). Paid is what
 * WooCommerce's reports count: processing, completed, on-hold; trashed orders are not counted. Days and hours are
 * UTC. Each series is a few aggregate statements whatever the number of orders or carts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SalesReportService {

    /** The longest sales series asked for: a dashboard's, not an export. */
    public static final int MAX_DAYS = 92;
    /** The longest cart series: the cart component keeps the counts of deleted carts 35 days. */
    public static final int MAX_CART_DAYS = 35;

    /** One UTC day: paid orders created in it, their totals and what was refunded of them, minor units. */
    public record SalesDay(LocalDate day, long orders, long totalMinor, long refundedMinor) {

        public long netMinor() {
            return totalMinor - refundedMinor;
        }
    }

    /** One UTC hour: carts created, carts converted (a paid order placed from them), carts abandoned. */
    public record CartHour(Instant hour, long created, long converted, long abandoned) {
    }

    /**
     * Hours oldest first, every hour present. The abandonment rate is the share of carts that ended in the period
     * and had a value: abandoned / (abandoned + converted), 0 when none ended.
     */
    public record CartActivity(List<CartHour> hours) {

        public long created() {
            return hours.stream().mapToLong(CartHour::created).sum();
        }

        public long converted() {
            return hours.stream().mapToLong(CartHour::converted).sum();
        }

        public long abandoned() {
            return hours.stream().mapToLong(CartHour::abandoned).sum();
        }

        public double abandonmentRate() {
            long ended = abandoned() + converted();
            return ended == 0 ? 0 : (double) abandoned() / ended;
        }
    }

    @Inject
    SalesFigures figures;

    @EJB
    CartAdminService carts;

    /** The last {@code days} UTC days, today included, oldest first, every day present (1 to {@link #MAX_DAYS}). */
    public List<SalesDay> salesPerDay(int days) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(Math.max(1, Math.min(MAX_DAYS, days)) - 1L);
        Map<LocalDate, SalesFigures.Day> found = figures.perDay(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        List<SalesDay> series = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            SalesFigures.Day d = found.getOrDefault(day, new SalesFigures.Day(0, 0, 0));
            series.add(new SalesDay(day, d.orders(), d.totalMinor(), d.refundedMinor()));
        }
        return series;
    }

    /** Carts per UTC hour over the last {@code days} days (1 to {@link #MAX_CART_DAYS}), up to the current hour. */
    public CartActivity cartActivity(int days) {
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofDays(Math.max(1, Math.min(MAX_CART_DAYS, days))))
                .truncatedTo(ChronoUnit.HOURS);
        List<CartHourCounts> counted = carts.activity(from).hours();
        Map<Instant, Long> converted = figures.convertedPerHour(from, now.plusSeconds(1));
        List<CartHour> hours = new ArrayList<>();
        for (CartHourCounts hour : counted) {
            hours.add(new CartHour(hour.hour(), hour.created(), converted.getOrDefault(hour.hour(), 0L),
                    hour.abandoned()));
        }
        return new CartActivity(hours);
    }
}
