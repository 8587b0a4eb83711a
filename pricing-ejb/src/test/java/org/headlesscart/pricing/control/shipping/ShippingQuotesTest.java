package org.headlesscart.pricing.control.shipping;

import static org.headlesscart.pricing.control.shipping.ShippingFixtures.disabled;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.line;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.loc;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.method;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.request;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.rules;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.settings;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.virtual;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricingRules;
import org.junit.jupiter.api.Test;

/**
 * A small US store: zone 1 "California, 902*" with flat rate $5 and free shipping over $100, zone 2 "US" with flat
 * rate $10, zone 0 with flat rate $20. The cart: 2 Beanies at $18 and a Cap at $16, $52 in all.
 */
class ShippingQuotesTest {

    static final PricingRules STORE = rules(
            zone(1, List.of(loc("state", "US:CA"), loc("postcode", "902*")),
                    method(1, "flat_rate", "title", "Standard", "cost", "5"),
                    method(2, "free_shipping", "requires", "min_amount", "min_amount", "100")),
            zone(2, List.of(loc("country", "US")), method(3, "flat_rate", "cost", "10")),
            zone(0, List.of(), method(4, "flat_rate", "cost", "20")));

    static final List<CartInput.Line> CART = List.of(line("b", "Beanie", 1800, 2, 0), line("c", "Cap", 1600, 1, 0));

    @Test
    void quotesOnePackageInTheMatchingZone() {
        List<QuotedPackage> packages = ShippingQuotes.quote(STORE, request(CART));

        assertEquals(1, packages.size());
        QuotedPackage shipping = packages.get(0);
        assertEquals(0, shipping.index());
        assertEquals("Shipping", shipping.name());
        assertEquals("Beanie × 2, Cap × 1", shipping.itemsLabel());
        assertEquals(ShippingFixtures.CA_90210, shipping.destination());
        // $52 < $100: no free shipping; the flat rate is the default
        assertEquals(List.of(new QuotedPackage.Rate("flat_rate:1", "flat_rate", 1, "Standard", 500, true)),
                shipping.rates());
        assertEquals("flat_rate:1", shipping.chosenRateId());
    }

    @Test
    void fallsThroughToTheCountryZoneAndToZoneZero() {
        ShippingRequest sacramento = withDestination(request(CART), new Location("US", "CA", "95814", ""));
        ShippingRequest london = withDestination(request(CART), new Location("GB", "", "SW1A 1AA", "London"));

        assertEquals("flat_rate:3", only(ShippingQuotes.quote(STORE, sacramento)).id());
        assertEquals(1000, only(ShippingQuotes.quote(STORE, sacramento)).cost());
        assertEquals("flat_rate:4", only(ShippingQuotes.quote(STORE, london)).id());
        assertEquals("Flat rate", only(ShippingQuotes.quote(STORE, london)).label());
    }

    @Test
    void shipsNothingWithoutShippableLines() {
        assertEquals(List.of(), ShippingQuotes.quote(STORE, request(List.of())));
        assertEquals(List.of(), ShippingQuotes.quote(STORE, request(List.of(virtual("e", "E-book", 900, 1)))));
    }

    @Test
    void leavesVirtualLinesOutOfThePackage() {
        List<CartInput.Line> lines = List.of(virtual("e", "E-book", 900, 1), line("c", "Cap", 1600, 3, 0));
        PricingRules perItem = rules(zone(0, List.of(), method(4, "flat_rate", "cost", "[qty] * 2 + [cost] / 10")));

        QuotedPackage shipping = ShippingQuotes.quote(perItem, request(lines)).get(0);

        assertEquals("Cap × 3", shipping.itemsLabel());
        // 3 × 2 + 48.00 / 10 = 10.80: the e-book counts in neither [qty] nor [cost]
        assertEquals(1080, shipping.rates().get(0).cost());
    }

    @Test
    void shipsNothingWhenShippingIsDisabledOrNoMethodIsEnabled() {
        PricingRules off = new PricingRules(1, settings(2, false, Set.of()), List.of(), STORE.zones());
        PricingRules noMethod = rules(zone(0, List.of(), disabled(method(4, "flat_rate", "cost", "20"))));

        assertEquals(List.of(), ShippingQuotes.quote(off, request(CART)));
        assertEquals(List.of(), ShippingQuotes.quote(noMethod, request(CART)));
    }

    @Test
    void aCountryNotShippedToGetsAPackageWithoutRates() {
        PricingRules gbOnly = new PricingRules(1, settings(2, true, Set.of("GB")), List.of(), STORE.zones());

        QuotedPackage shipping = ShippingQuotes.quote(gbOnly, request(CART)).get(0);

        assertEquals(List.of(), shipping.rates());
        assertNull(shipping.chosenRateId());
        assertEquals("Beanie × 2, Cap × 1", shipping.itemsLabel());
    }

    @Test
    void anUnknownCountryIsShippableUntilKnown() {
        PricingRules gbOnly = new PricingRules(1, settings(2, true, Set.of("GB")), List.of(), STORE.zones());

        QuotedPackage shipping = ShippingQuotes.quote(gbOnly, withDestination(request(CART), Location.NOWHERE))
                .get(0);

        assertEquals("flat_rate:4", shipping.chosenRateId());
    }

    @Test
    void noZoneAndNoZoneZeroMeansNoRates() {
        PricingRules usOnly = rules(zone(2, List.of(loc("country", "US")), method(3, "flat_rate", "cost", "10")));
        ShippingRequest paris = withDestination(request(CART), new Location("FR", "", "75001", "Paris"));

        QuotedPackage shipping = ShippingQuotes.quote(usOnly, paris).get(0);

        assertEquals(List.of(), shipping.rates());
        assertNull(shipping.chosenRateId());
    }

    @Test
    void skipsDisabledAndUnknownMethodsAndKeepsMethodOrder() {
        PricingRules store = rules(zone(0, List.of(), disabled(method(1, "flat_rate", "cost", "1")),
                method(2, "table_rate", "cost", "2"), method(3, "local_pickup", "cost", "5.50",
                        "tax_status", "none"), method(4, "free_shipping"), method(5, "flat_rate", "cost", "7")));

        List<QuotedPackage.Rate> rates = ShippingQuotes.quote(store, request(CART)).get(0).rates();

        assertEquals(List.of(new QuotedPackage.Rate("local_pickup:3", "local_pickup", 3, "Local pickup", 550, false),
                new QuotedPackage.Rate("free_shipping:4", "free_shipping", 4, "Free shipping", 0, false),
                new QuotedPackage.Rate("flat_rate:5", "flat_rate", 5, "Flat rate", 700, true)), rates);
    }

    @Test
    void localPickupWithoutCostIsFreeAndTaxableByDefault() {
        PricingRules store = rules(zone(0, List.of(), method(3, "local_pickup", "title", "Pick up in store")));

        assertEquals(new QuotedPackage.Rate("local_pickup:3", "local_pickup", 3, "Pick up in store", 0, true),
                only(ShippingQuotes.quote(store, request(CART))));
    }

    @Test
    void rebuildsTheContractsExamplePackage() {
        // COCART-PLUS §2: flat rate 10.00 and free shipping for everyone, 2 Beanies to Springfield, IL
        PricingRules store = rules(zone(1, List.of(loc("country", "US")), method(1, "flat_rate", "cost", "10"),
                method(2, "free_shipping")));
        ShippingRequest request = withDestination(request(List.of(line("b", "Beanie", 1800, 2, 0))),
                new Location("US", "IL", "62701", "Springfield"));

        QuotedPackage shipping = ShippingQuotes.quote(store, request).get(0);

        assertEquals(List.of(new QuotedPackage.Rate("flat_rate:1", "flat_rate", 1, "Flat rate", 1000, true),
                new QuotedPackage.Rate("free_shipping:2", "free_shipping", 2, "Free shipping", 0, false)),
                shipping.rates());
        assertEquals("flat_rate:1", shipping.chosenRateId());
        assertEquals("Beanie × 2", shipping.itemsLabel());
    }

    @Test
    void labelsFractionalQuantitiesWithoutTrailingZeros() {
        CartInput.Line cloth = new CartInput.Line("k", 5, 0, "Cloth (m)", 1000, new java.math.BigDecimal("1.50"),
                1500, "taxable", "", false, Set.of(), true, 0);

        assertEquals("Cloth (m) × 1.5, Cap × 1",
                ShippingQuotes.itemsLabel(List.of(cloth, line("c", "Cap", 1600, 1, 0))));
    }

    static ShippingRequest withDestination(ShippingRequest request, Location destination) {
        return new ShippingRequest(request.lines(), request.lineNetTotals(), request.displayedSubtotal(),
                request.displayedDiscount(), request.freeShippingCoupon(), destination, request.addressGiven(),
                request.chosenRates());
    }

    static QuotedPackage.Rate only(List<QuotedPackage> packages) {
        assertEquals(1, packages.size());
        assertEquals(1, packages.get(0).rates().size(), packages.get(0).rates().toString());
        return packages.get(0).rates().get(0);
    }
}
