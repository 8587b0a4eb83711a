package org.headlesscart.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;

import org.headlesscart.catalog.model.ProductView.Made;
import org.headlesscart.catalog.model.ProductView.Offer;
import org.headlesscart.catalog.model.ProductView.Prices;
import org.junit.jupiter.api.Test;

/** Displayed prices: each offer through the display first, then the cheapest and dearest, as WooCommerce does. */
class PricesShownTest {

    /** Adds 10 % to standard-class taxable prices, 50 % to class "luxury", nothing to untaxed ones. */
    static final PriceDisplay TAXED = (price, status, taxClass) -> !"taxable".equals(status) ? price
            : "luxury".equals(taxClass) ? price * 3 / 2 : price * 11 / 10;

    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void ownPricesAreEachShownKeepingTheSaleDates() {
        Prices own = new Prices(800L, 1000L, 800L, null, null, true, FROM, null, Made.OWN,
                List.of(new Offer(800L, 1000L, 800L, "taxable", ""))).recomputed();
        Prices shown = own.shown(TAXED);
        assertEquals(880L, shown.price());
        assertEquals(1100L, shown.regular());
        assertEquals(880L, shown.sale());
        assertNull(shown.rangeFrom());
        assertEquals(FROM, shown.saleFrom());
        assertEquals(true, shown.onSale());
    }

    @Test
    void aVariableRangeIsMadeOfTheVariationsShownPrices() {
        // As entered 1000 (luxury) is the cheapest; shown, 1000 × 1.5 = 1500 is dearer than 1200 × 1.1 = 1320.
        Prices variable = new Prices(null, null, null, null, null, false, null, null, Made.VARIATIONS,
                List.of(new Offer(1000L, 1000L, null, "taxable", "luxury"),
                        new Offer(1200L, 1200L, null, "taxable", ""))).recomputed();
        assertEquals(1000L, variable.price());
        assertEquals(1200L, variable.rangeTo());
        Prices shown = variable.shown(TAXED);
        assertEquals(1320L, shown.price());
        assertEquals(1320L, shown.regular());
        assertEquals(1320L, shown.rangeFrom());
        assertEquals(1500L, shown.rangeTo());
        assertNull(shown.sale());
    }

    @Test
    void aVariableSaleIsTheCheapestShownSale() {
        Prices variable = new Prices(null, null, null, null, null, true, null, null, Made.VARIATIONS,
                List.of(new Offer(900L, 1000L, 900L, "taxable", ""), new Offer(2000L, 2000L, null, "none", "")))
                .recomputed();
        Prices shown = variable.shown(TAXED);
        assertEquals(990L, shown.price());
        assertEquals(990L, shown.sale());
        assertEquals(1100L, shown.regular());
        assertEquals(2000L, shown.rangeTo(), "untaxed: as entered");
    }

    @Test
    void aGroupedRangeIsMadeOfTheChildrensShownPrices() {
        Prices grouped = new Prices(null, null, null, null, null, false, null, null, Made.CHILDREN,
                List.of(new Offer(500L, 500L, null, "taxable", ""), new Offer(700L, 700L, null, "none", "")))
                .recomputed();
        assertEquals(500L, grouped.price());
        Prices shown = grouped.shown(TAXED);
        assertEquals(550L, shown.price());
        assertEquals(550L, shown.regular());
        assertEquals(550L, shown.rangeFrom());
        assertEquals(700L, shown.rangeTo());
    }

    @Test
    void asEnteredAndUnpricedAreLeftAlone() {
        Prices own = new Prices(800L, 800L, null, null, null, false, null, null, Made.OWN,
                List.of(new Offer(800L, 800L, null, "taxable", "")));
        assertSame(own, own.shown(PriceDisplay.AS_ENTERED));
        Prices none = new Prices(null, null, null, null, null, false, null, null, Made.VARIATIONS, List.of());
        assertSame(none, none.shown(TAXED));
        Prices unpriced = new Prices(null, null, null, null, null, false, null, null, Made.OWN,
                List.of(new Offer(null, null, null, "taxable", "")));
        assertNull(unpriced.shown(TAXED).price());
    }
}
