package org.headlesscart.catalog.entity;

import java.time.Instant;
import java.util.OptionalLong;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A product's own prices in minor units, and WooCommerce's rule for when the sale price applies: it is set, lower
 * than the regular price, and the schedule (if any) includes now.
 */
@Embeddable
public class Pricing {

    @Column(name = "regular_price_minor")
    private Long regularPriceMinor;

    @Column(name = "sale_price_minor")
    private Long salePriceMinor;

    @Column(name = "sale_from")
    private Instant saleFrom;

    @Column(name = "sale_to")
    private Instant saleTo;

    protected Pricing() {
    }

    public Pricing(Long regularPriceMinor, Long salePriceMinor, Instant saleFrom, Instant saleTo) {
        this.regularPriceMinor = regularPriceMinor;
        this.salePriceMinor = salePriceMinor;
        this.saleFrom = saleFrom;
        this.saleTo = saleTo;
    }

    public OptionalLong regular() {
        return regularPriceMinor == null ? OptionalLong.empty() : OptionalLong.of(regularPriceMinor);
    }

    /** The sale price while it applies, else empty. */
    public OptionalLong sale(Instant now) {
        return isOnSale(now) ? OptionalLong.of(salePriceMinor) : OptionalLong.empty();
    }

    /** What a customer pays now: the sale price while it applies, else the regular price. */
    public OptionalLong current(Instant now) {
        return isOnSale(now) ? OptionalLong.of(salePriceMinor) : regular();
    }

    public boolean isOnSale(Instant now) {
        boolean cheaper = salePriceMinor != null && (regularPriceMinor == null || salePriceMinor < regularPriceMinor);
        boolean started = saleFrom == null || !now.isBefore(saleFrom);
        boolean notEnded = saleTo == null || now.isBefore(saleTo);
        return cheaper && started && notEnded;
    }

    /** The stored regular price, {@code null} if none. */
    public Long regularMinor() {
        return regularPriceMinor;
    }

    /** The stored sale price whether or not its window is open, {@code null} if none. */
    public Long saleMinor() {
        return salePriceMinor;
    }

    public Instant saleFrom() {
        return saleFrom;
    }

    public Instant saleTo() {
        return saleTo;
    }
}
