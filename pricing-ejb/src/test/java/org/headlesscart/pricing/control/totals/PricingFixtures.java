package org.headlesscart.pricing.control.totals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.PricingSettings;
import org.headlesscart.pricing.model.ShippingZone;
import org.headlesscart.pricing.model.TaxClass;
import org.headlesscart.pricing.model.TaxRate;

/** Builders for whole-cart scenarios: a store (settings, rates, zones) and a cart, with WooCommerce's defaults. */
final class PricingFixtures {

    static final Location SPRINGFIELD = new Location("US", "IL", "62701", "Springfield");
    static final Location CHICAGO = new Location("US", "IL", "60601", "Chicago");
    static final Location BEVERLY_HILLS = new Location("US", "CA", "90210", "Beverly Hills");
    static final Location PARIS = new Location("FR", "", "75001", "Paris");
    static final Location LONDON = new Location("GB", "", "SW1A 1AA", "London");
    static final Location BERLIN = new Location("DE", "", "10115", "Berlin");
    static final Location NEW_YORK = new Location("US", "NY", "10001", "New York");
    static final Location MONTREAL = new Location("CA", "QC", "H2X 1Y4", "Montreal");
    static final TaxClass REDUCED = new TaxClass("reduced-rate", "Reduced rate");
    static final TaxClass ZERO = new TaxClass("zero-rate", "Zero rate");

    private PricingFixtures() {
    }

    /** A store in Springfield IL: taxes on, prices excl. tax, per-line rounding, display excl., inherit class. */
    static Store store(int decimals) {
        return new Store(decimals);
    }

    static Cart cart() {
        return new Cart();
    }

    static final class Store {
        int decimals;
        boolean taxes = true;
        boolean incl;
        boolean atSubtotal;
        boolean displayIncl;
        boolean sequential;
        String basedOn = "shipping";
        String shippingClass = "inherit";
        Location base = SPRINGFIELD;
        List<TaxClass> classes = List.of(REDUCED, ZERO);
        final List<TaxRate> rates = new ArrayList<>();
        final List<ShippingZone> zones = new ArrayList<>();

        Store(int decimals) {
            this.decimals = decimals;
        }

        Store taxesOff() { taxes = false; return this; }
        Store incl() { incl = true; return this; }
        Store atSubtotal() { atSubtotal = true; return this; }
        Store displayIncl() { displayIncl = true; return this; }
        Store sequential() { sequential = true; return this; }
        Store basedOn(String value) { basedOn = value; return this; }
        Store shippingClass(String value) { shippingClass = value; return this; }
        Store base(Location value) { base = value; return this; }
        Store classes(TaxClass... value) { classes = List.of(value); return this; }

        /** A rate row; {@code flags} may contain "compound" and "shipping". */
        Store rate(long id, String country, String state, String percent, String name, int priority, String cls,
                String... flags) {
            return rate(id, country, state, List.of(), List.of(), percent, name, priority, cls, flags);
        }

        Store rate(long id, String country, String state, List<String> postcodes, List<String> cities,
                String percent, String name, int priority, String cls, String... flags) {
            List<String> f = List.of(flags);
            rates.add(new TaxRate(id, country, state, postcodes, cities, new BigDecimal(percent), name, priority,
                    f.contains("compound"), f.contains("shipping"), cls, rates.size()));
            return this;
        }

        /** Springfield's 10 % "Sales Tax", also on shipping (COCART-PLUS §2). */
        Store salesTax() {
            return rate(1, "US", "IL", "10.0000", "Sales Tax", 1, "", "shipping");
        }

        /** Sales tax plus the reduced (5 %) and zero rates of Illinois, all on shipping. */
        Store threeClasses() {
            salesTax();
            rate(2, "US", "IL", "5.0000", "Reduced", 1, "reduced-rate", "shipping");
            return rate(3, "US", "IL", "0.0000", "Zero", 1, "zero-rate", "shipping");
        }

        /** A zone for the whole country with the given methods, in order. */
        Store zone(String country, ShippingZone.Method... methods) {
            zones.add(new ShippingZone(zones.size() + 1, country, zones.size(),
                    List.of(new ShippingZone.Location(country, "country")), List.of(methods)));
            return this;
        }

        PricingRules rules() {
            PricingSettings settings = new PricingSettings(decimals, true, sequential, taxes, incl, basedOn,
                    shippingClass, atSubtotal, displayIncl, displayIncl, true, classes, base, true, Set.of(), false);
            return new PricingRules(1, settings, rates, zones);
        }
    }

    /** A method from alternating setting ids and values. */
    static ShippingZone.Method method(long instance, String methodId, String... settings) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            values.put(settings[i], settings[i + 1]);
        }
        return new ShippingZone.Method(instance, methodId, true, (int) instance, values);
    }

    static ShippingZone.Method flatRate(long instance, String cost) {
        return method(instance, "flat_rate", "title", "Flat rate", "tax_status", "taxable", "cost", cost);
    }

    static Coupon coupon(long id, String code, String type, String amount) {
        return new Coupon(id, code, type, new BigDecimal(amount), null, false, Set.of(), Set.of(), Set.of(),
                Set.of(), false, null, null, 0, 0, null, false, List.of(), 0, List.of());
    }

    static Coupon freeShippingCoupon(long id, String code) {
        return new Coupon(id, code, Coupon.FIXED_CART, BigDecimal.ZERO, null, false, Set.of(), Set.of(), Set.of(),
                Set.of(), false, null, null, 0, 0, null, true, List.of(), 0, List.of());
    }

    static final class Cart {
        final List<CartInput.Line> lines = new ArrayList<>();
        final List<Coupon> coupons = new ArrayList<>();
        final List<CartInput.Fee> fees = new ArrayList<>();
        Location shipTo = SPRINGFIELD;
        Location billTo = SPRINGFIELD;
        boolean addressGiven = true;
        final Map<Integer, String> chosen = new HashMap<>();

        /** A taxable, shippable standard-class line. */
        Cart line(String key, long unitMinor, int qty) {
            return line(key, unitMinor, qty, "", "taxable");
        }

        Cart line(String key, long unitMinor, int qty, String taxClass, String taxStatus) {
            lines.add(new CartInput.Line(key, lines.size() + 1, 0, key, unitMinor, BigDecimal.valueOf(qty),
                    unitMinor * qty, taxStatus, taxClass, false, Set.of(), true, 0));
            return this;
        }

        Cart coupon(Coupon coupon) { coupons.add(coupon); return this; }

        Cart fee(String name, long amountMinor, boolean taxable, String taxClass) {
            fees.add(new CartInput.Fee(name.toLowerCase().replace(' ', '-'), name, amountMinor, taxable, taxClass));
            return this;
        }

        Cart shipTo(Location where) { shipTo = where; return this; }
        Cart billTo(Location where) { billTo = where; return this; }
        Cart choose(String rateId) { chosen.put(0, rateId); return this; }

        Cart guest() {
            shipTo = Location.NOWHERE;
            billTo = Location.NOWHERE;
            addressGiven = false;
            return this;
        }

        CartInput input() {
            return new CartInput(lines, coupons, fees, shipTo, billTo, addressGiven, chosen, 0, "");
        }
    }
}
