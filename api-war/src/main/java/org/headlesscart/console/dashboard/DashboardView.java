package org.headlesscart.console.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.headlesscart.api.headlesscart.v1.carts.CartFigures;
import org.headlesscart.api.health.DatabaseAvailability;
import org.headlesscart.cart.boundary.CartAdminService.CartInsights;
import org.headlesscart.cart.boundary.CartAdminService.Figures;
import org.headlesscart.catalog.boundary.CatalogAdminService;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.CurrencyView;
import org.headlesscart.catalog.model.StockAlerts;
import org.headlesscart.order.boundary.SalesReportService;
import org.headlesscart.order.boundary.SalesReportService.CartActivity;
import org.headlesscart.order.boundary.SalesReportService.CartHour;
import org.headlesscart.order.boundary.SalesReportService.SalesDay;

/**
 * The Dashboard ({@code #{dashboard}}): cart figures, cart activity over 7 days, sales over 30 days, low stock and
 * the database's health. Each figure comes from the one computation that also answers the API: the cart figures
 * from {@link CartFigures} (the insights route's and {@code /metrics}' numbers, kept
 * {@code headlesscart.api.cart-figures-max-age}), the health from the readiness check's probe. Every series is read
 * once per request, when the page first asks for it.
 */
@Named("dashboard")
@RequestScoped
public class DashboardView {

    /** Days of cart activity the charts show (the "last 7 days"). */
    static final int ACTIVITY_DAYS = 7;
    /** Days of sales the orders chart and table show. */
    static final int SALES_DAYS = 30;
    /** Low-stock products listed. */
    static final int LOW_STOCK_ROWS = 10;

    @Inject
    CartFigures cartFigures;

    @Inject
    DatabaseAvailability database;

    @EJB
    SalesReportService sales;

    @EJB
    CatalogAdminService catalogAdmin;

    @EJB
    CatalogService catalog;

    private CartInsights insights;
    private CartActivity activity;
    private List<SalesDay> salesDays;
    private StockAlerts stock;
    private CurrencyView currency;
    private Boolean databaseUp;

    public CartInsights getCarts() {
        if (insights == null) {
            insights = cartFigures.insights();
        }
        return insights;
    }

    public CartActivity getActivity() {
        if (activity == null) {
            activity = sales.cartActivity(ACTIVITY_DAYS);
        }
        return activity;
    }

    public List<SalesDay> getSalesDays() {
        if (salesDays == null) {
            salesDays = sales.salesPerDay(SALES_DAYS);
        }
        return salesDays;
    }

    /** The sales days newest first, as the table lists them. */
    public List<SalesDay> getSalesDaysNewestFirst() {
        List<SalesDay> days = new ArrayList<>(getSalesDays());
        java.util.Collections.reverse(days);
        return days;
    }

    public StockAlerts getStock() {
        if (stock == null) {
            stock = catalogAdmin.stockAlerts(LOW_STOCK_ROWS);
        }
        return stock;
    }

    /** The readiness check's answer ({@code /health/ready}'s "database"). */
    public boolean isDatabaseUp() {
        if (databaseUp == null) {
            databaseUp = database.isReachable();
        }
        return databaseUp;
    }

    public CurrencyView getCurrency() {
        if (currency == null) {
            currency = catalog.storeDetails().currency();
        }
        return currency;
    }

    /** Money as the store shows it, from minor units. */
    public String money(long minor) {
        return getCurrency().format(minor);
    }

    public long getOrders30() {
        return getSalesDays().stream().mapToLong(SalesDay::orders).sum();
    }

    public long getRevenue30() {
        return getSalesDays().stream().mapToLong(SalesDay::netMinor).sum();
    }

    /** The abandonment rate over the 7 days as a percentage with one decimal. */
    public String getAbandonmentRate() {
        return percent(getActivity().abandonmentRate());
    }

    /** Carts created and converted per hour: a Chart.js line chart. */
    public String getActivityChart() {
        List<String> labels = new ArrayList<>();
        List<Number> created = new ArrayList<>();
        List<Number> converted = new ArrayList<>();
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("MM-dd HH:00").withZone(ZoneOffset.UTC);
        for (CartHour h : getActivity().hours()) {
            labels.add(hour.format(h.hour()));
            created.add(h.created());
            converted.add(h.converted());
        }
        return ChartJson.chart("line", labels, List.of(
                ChartJson.dataset("Created", created, "#2f5d8a", null),
                ChartJson.dataset("Converted", converted, "#2e7d32", null)), false);
    }

    /** Abandoned and converted carts per UTC day with the day's abandonment rate: a Chart.js bar chart. */
    public String getAbandonmentChart() {
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (CartHour h : getActivity().hours()) {
            long[] d = days.computeIfAbsent(LocalDate.ofInstant(h.hour(), ZoneOffset.UTC), k -> new long[2]);
            d[0] += h.abandoned();
            d[1] += h.converted();
        }
        List<String> labels = new ArrayList<>();
        List<Number> abandoned = new ArrayList<>();
        List<Number> converted = new ArrayList<>();
        for (Map.Entry<LocalDate, long[]> day : days.entrySet()) {
            long[] d = day.getValue();
            long ended = d[0] + d[1];
            labels.add(day.getKey() + " (" + percent(ended == 0 ? 0 : (double) d[0] / ended) + ")");
            abandoned.add(d[0]);
            converted.add(d[1]);
        }
        return ChartJson.chart("bar", labels, List.of(
                ChartJson.dataset("Abandoned", abandoned, "#b42318", null),
                ChartJson.dataset("Converted", converted, "#2e7d32", null)), true);
    }

    /** Orders and net revenue (major units) per UTC day over 30 days: bars for revenue, a line for orders. */
    public String getSalesChart() {
        List<String> labels = new ArrayList<>();
        List<Number> orders = new ArrayList<>();
        List<Number> revenue = new ArrayList<>();
        double unit = Math.pow(10, getCurrency().minorUnit());
        for (SalesDay d : getSalesDays()) {
            labels.add(d.day().toString().substring(5));
            orders.add(d.orders());
            revenue.add(d.netMinor() / unit);
        }
        return ChartJson.chart("bar", labels, List.of(
                ChartJson.dataset("Revenue (" + getCurrency().code() + ")", revenue, "#2f5d8a", "y"),
                ChartJson.lineOnSecondAxis(ChartJson.dataset("Orders", orders, "#e07a10", "orders"))), false);
    }

    /** The figures of {@code active}, {@code expiring} or {@code expired} carts. */
    public Figures figures(String status) {
        return switch (status) {
            case "active" -> getCarts().active();
            case "expiring" -> getCarts().expiring();
            default -> getCarts().expired();
        };
    }

    private static String percent(double rate) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
    }
}
