package org.headlesscart.pricing.control.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.pricing.control.coupon.CouponLookup;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.PricingRules;

/**
 * The pricing rules and the coupons asked for so far, kept in memory per catalog revision: every pricing admin
 * write bumps the catalog revision in its own transaction, so a revision names one state of the rules and the
 * coupons, and a new revision starts afresh. A request that still works at an older revision than the kept one
 * gets what it asks for without replacing the newer state.
 */
@ApplicationScoped
public class RulesCache {

    /** Longer codes cannot be stored ({@code coupon.code} is 190 characters), so they are never looked up. */
    static final int MAX_CODE_LENGTH = 190;

    private record Generation(long revision, PricingRules rules, Map<String, Optional<Coupon>> coupons) {
    }

    @Inject
    RulesLoader loader;

    @Inject
    CouponLookup coupons;

    @Inject
    @ConfigProperty(name = "headlesscart.pricing.coupon-cache-entries", defaultValue = "1000")
    int couponEntries;

    private volatile Generation current;

    /** The rules at {@code revision}: kept ones, else loaded (with {@code store}'s configured details). */
    public PricingRules rules(long revision, Supplier<StoreView> store) {
        return generation(revision, store).rules();
    }

    /** The published coupons among the lower-case {@code codes} at {@code revision}, by code; one statement at most. */
    public Map<String, Coupon> coupons(long revision, Supplier<StoreView> store, Collection<String> codes) {
        Map<String, Optional<Coupon>> known = generation(revision, store).coupons();
        Set<String> missing = codes.stream().filter(code -> code.length() <= MAX_CODE_LENGTH)
                .filter(code -> !known.containsKey(code)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            Map<String, Coupon> found = coupons.published(missing).stream()
                    .collect(Collectors.toMap(Coupon::code, coupon -> coupon));
            if (known.size() + missing.size() > couponEntries) {
                known.clear();      // bounded: unknown codes are remembered too, and anyone can send them
            }
            missing.forEach(code -> known.put(code, Optional.ofNullable(found.get(code))));
            return pick(codes, known, found);
        }
        return pick(codes, known, Map.of());
    }

    private static Map<String, Coupon> pick(Collection<String> codes, Map<String, Optional<Coupon>> known,
            Map<String, Coupon> found) {
        Map<String, Coupon> picked = new LinkedHashMap<>();
        for (String code : codes) {
            Coupon coupon = found.containsKey(code) ? found.get(code)
                    : known.getOrDefault(code, Optional.empty()).orElse(null);
            if (coupon != null) {
                picked.put(code, coupon);
            }
        }
        return picked;
    }

    private Generation generation(long revision, Supplier<StoreView> store) {
        Generation kept = current;
        if (kept != null && kept.revision() == revision) {
            return kept;
        }
        Generation loaded = new Generation(revision, loader.load(revision, store.get()), new ConcurrentHashMap<>());
        synchronized (this) {
            if (current == null || current.revision() < revision) {
                current = loaded;
            }
        }
        return loaded;
    }
}
