package org.headlesscart.order.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.headlesscart.cart.boundary.CartAdminService;
import org.headlesscart.cart.model.CartHourCounts;
import org.headlesscart.order.control.SalesFigures;
import org.junit.jupiter.api.Test;

/** The dashboard's series: every day or hour present, conversions beside the cart counts, the abandonment rate. */
class SalesReportServiceTest {

    final SalesReportService reports = new SalesReportService();
    final Instant thisHour = Instant.now().truncatedTo(ChronoUnit.HOURS);
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    {
        reports.figures = new SalesFigures() {
            @Override
            public Map<LocalDate, Day> perDay(Instant from, Instant to) {
                return Map.of(today.minusDays(2), new Day(3, 9000, 1500));
            }

            @Override
            public Map<Instant, Long> convertedPerHour(Instant from, Instant to) {
                return Map.of(thisHour, 1L);
            }
        };
        reports.carts = new CartAdminService() {
            @Override
            public HourlyCarts activity(Instant from) {
                return new HourlyCarts(CartHourCounts.series(from, Instant.now(),
                        Map.of(thisHour, new long[] {4, 3})));
            }
        };
    }

    @Test
    void thirtyDaysEndWithTodayAndHaveNoGaps() {
        List<SalesReportService.SalesDay> days = reports.salesPerDay(30);

        assertEquals(30, days.size());
        assertEquals(today, days.get(29).day());
        assertEquals(new SalesReportService.SalesDay(today.minusDays(2), 3, 9000, 1500), days.get(27));
        assertEquals(7500, days.get(27).netMinor());
        assertEquals(0, days.get(0).orders());
    }

    @Test
    void sevenDaysOfHoursCarryConversionsAndTheRate() {
        SalesReportService.CartActivity activity = reports.cartActivity(7);

        assertEquals(169, activity.hours().size(), "7 × 24 hours and the current one");
        assertEquals(new SalesReportService.CartHour(thisHour, 4, 1, 3), activity.hours().get(168));
        assertEquals(4, activity.created());
        assertEquals(0.75, activity.abandonmentRate(), 1e-9, "3 abandoned of 4 carts that ended with a value");
    }

    @Test
    void theRateIsZeroWhenNoCartEnded() {
        assertEquals(0, new SalesReportService.CartActivity(List.of()).abandonmentRate());
    }
}
