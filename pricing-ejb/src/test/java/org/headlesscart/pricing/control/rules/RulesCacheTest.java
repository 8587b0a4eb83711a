package org.headlesscart.pricing.control.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.headlesscart.catalog.model.CurrencyView;
import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.pricing.control.coupon.CouponLookup;
import org.headlesscart.pricing.control.settings.StoreOptions;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.PricingRules;
import org.junit.jupiter.api.Test;

class RulesCacheTest {

    static final StoreView STORE = new StoreView("Shop", "", Optional.empty(), "en-US", BigDecimal.ZERO, "UTC",
            new StoreView.Address("1 Market Street", "", "San Francisco", "US:CA", "94105"),
            new CurrencyView("USD", "$", "left", 2, ".", ","), "kg", "cm");

    final List<Long> loads = new ArrayList<>();
    final List<Collection<String>> lookups = new ArrayList<>();
    final RulesCache cache = new RulesCache();

    RulesCacheTest() {
        cache.loader = new RulesLoader() {
            @Override
            public PricingRules load(long revision, StoreView store) {
                loads.add(revision);
                return new PricingRules(revision, StoreOptions.settings(StoreOptions.DEFAULTS, store, List.of()),
                        List.of(), List.of());
            }
        };
        cache.coupons = new CouponLookup() {
            @Override
            public List<Coupon> published(Collection<String> codes) {
                lookups.add(Set.copyOf(codes));
                return codes.contains("save10") ? List.of(coupon("save10")) : List.of();
            }
        };
        cache.couponEntries = 3;
    }

    @Test
    void rulesLoadOncePerRevisionAndAnOlderRevisionDoesNotReplaceANewerOne() {
        PricingRules first = cache.rules(5, () -> STORE);
        assertSame(first, cache.rules(5, () -> STORE));
        assertEquals(List.of(5L), loads);
        assertEquals(6, cache.rules(6, () -> STORE).revision());
        assertEquals(5, cache.rules(5, () -> STORE).revision(), "a late request gets its own revision's rules");
        assertEquals(6, cache.rules(6, () -> STORE).revision());
        assertEquals(List.of(5L, 6L, 5L), loads, "and 6 stayed kept");
        assertEquals("US", first.settings().base().country());
        assertEquals("CA", first.settings().base().state());
        assertEquals(2, first.settings().decimals());
    }

    @Test
    void couponsAreLookedUpOnceForAllMissingCodesAndUnknownCodesAreRemembered() {
        assertEquals(Set.of("save10"), cache.coupons(1, () -> STORE, List.of("save10", "nope")).keySet());
        assertEquals(1, lookups.size());
        assertEquals(Set.of("save10", "nope"), lookups.get(0));
        cache.coupons(1, () -> STORE, List.of("nope", "save10"));
        assertEquals(1, lookups.size(), "both kept, the unknown one too");
        cache.coupons(2, () -> STORE, List.of("save10"));
        assertEquals(2, lookups.size(), "a new revision starts afresh");
        cache.coupons(2, () -> STORE, List.of("x".repeat(191)));
        assertEquals(2, lookups.size(), "a code no coupon can have is never looked up");
    }

    @Test
    void theKeptCodesAreBounded() {
        cache.coupons(1, () -> STORE, List.of("a", "b", "c"));
        cache.coupons(1, () -> STORE, List.of("d"));
        cache.coupons(1, () -> STORE, List.of("a"));
        assertEquals(3, lookups.size(), "the kept ones were dropped when the fourth came");
    }

    static Coupon coupon(String code) {
        return new Coupon(1, code, Coupon.PERCENT, BigDecimal.TEN, null, false, Set.of(), Set.of(), Set.of(),
                Set.of(), false, null, null, 0, 0, null, false, List.of(), 0, List.of());
    }
}
