package org.headlesscart.api.headlesscart.v1.carts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.headlesscart.cart.boundary.CartAdminService;
import org.headlesscart.cart.boundary.CartAdminService.CartInsights;
import org.headlesscart.cart.boundary.CartAdminService.Figures;

/**
 * The cart figures operators watch, for the insights route and as MicroProfile Metrics gauges
 * ({@code headlesscart_carts}, {@code headlesscart_carts_value_minor}, {@code headlesscart_carts_with_email}, each
 * tagged {@code status} = active, expiring or expired). Three aggregate queries compute them; they are kept for
 * {@code headlesscart.api.cart-figures-max-age} (default PT30S) so that a metrics scraper polling nine gauges, or
 * an operator's dashboard, costs three queries per period at most.
 */
@ApplicationScoped
public class CartFigures {

    private record Snapshot(CartInsights insights, Instant at) {
    }

    @EJB
    CartAdminService carts;

    @Inject
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "headlesscart.api.cart-figures-max-age", defaultValue = "PT30S")
    Duration maxAge;

    Clock clock = Clock.systemUTC();

    private final AtomicReference<Snapshot> last = new AtomicReference<>();

    /** The gauges exist from start-up, so a scraper sees them before anyone asked for the figures. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (String status : new String[] {"active", "expiring", "expired"}) {
            Tag tag = new Tag("status", status);
            registry.gauge(Metadata.builder().withName("headlesscart.carts")
                    .withDescription("Carts in session by status").build(),
                    () -> of(status).carts(), tag);
            registry.gauge(Metadata.builder().withName("headlesscart.carts.value.minor")
                    .withDescription("Value of the carts by status at their last write, in minor units of the "
                            + "store currency").build(),
                    () -> of(status).valueMinor(), tag);
            registry.gauge(Metadata.builder().withName("headlesscart.carts.with.email")
                    .withDescription("Carts by status with a captured billing e-mail").build(),
                    () -> of(status).withEmail(), tag);
        }
    }

    /** The figures, at most {@code maxAge} old. */
    public CartInsights insights() {
        Instant now = clock.instant();
        Snapshot known = last.get();
        if (known != null && now.isBefore(known.at().plus(maxAge))) {
            return known.insights();
        }
        CartInsights fresh = carts.insights();
        last.set(new Snapshot(fresh, now));
        return fresh;
    }

    private Figures of(String status) {
        CartInsights insights = insights();
        return switch (status) {
            case "active" -> insights.active();
            case "expiring" -> insights.expiring();
            default -> insights.expired();
        };
    }
}
