package org.headlesscart.pricing.boundary;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.catalog.boundary.CatalogRevisionService;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.PriceDisplay;
import org.headlesscart.pricing.control.coupon.CouponRows;
import org.headlesscart.pricing.control.coupon.CouponValidation;
import org.headlesscart.pricing.control.rules.RulesCache;
import org.headlesscart.pricing.control.tax.ShopPrices;
import org.headlesscart.pricing.control.totals.CartPricing;
import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponCheck;
import org.headlesscart.pricing.model.CouponError;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingRules;

/**
 * Pricing as the cart sees it: the store's rules, the coupons a cart applies, and the totals computed from them.
 * Rules and coupons are kept in memory per catalog revision (pricing admin writes bump it), so a cart costs no
 * pricing statement while nothing changed; the reloads run outside the caller's transaction (RulesLoader says why).
 * Every method joins the caller's transaction if there is one and never starts its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PricingService {

    @Inject
    CatalogRevisionService revisions;

    @Inject
    CatalogService catalog;

    @Inject
    RulesCache cache;

    /**
     * The current rules: those kept for the catalog revision the caller's transaction sees (the one its product
     * snapshots were read at), else loaded now. Immutable; share them for the whole request.
     */
    public PricingRules rules() {
        return cache.rules(revisions.current(), catalog::storeDetails);
    }

    /**
     * The published coupons among {@code codes}, by lower-case code, in the order asked; unknown, trashed and
     * unstorable (over 190 characters) codes are absent. One statement for all codes not kept yet, none otherwise.
     */
    public Map<String, Coupon> coupons(Collection<String> codes) {
        return cache.coupons(revisions.current(), catalog::storeDetails,
                codes.stream().map(CouponRows::normalizeCode).distinct().toList());
    }

    /**
     * How the Products API shows catalog prices ({@code wc_get_price_to_display} with the shop display setting, at
     * the store's base address; {@link ShopPrices}) under the rules at least as new as catalog revision
     * {@code revision}, the one the caller keeps its answer under: {@link #rules()}'s trusted revision may lag behind
     * it for a moment after a change through another instance, and the answer would then be kept with old prices.
     * {@link PriceDisplay#AS_ENTERED} when nothing changes: taxes off, or prices displayed the way they are entered.
     * Never applies to cart prices.
     */
    public PriceDisplay shopDisplay(long revision) {
        return ShopPrices.display(cache.rules(revision, catalog::storeDetails));
    }

    /** A cart's totals under {@code rules}; its coupons are already checked ({@link #check}). */
    public PricedCart price(PricingRules rules, CartInput cart) {
        return CartPricing.price(rules, cart);
    }

    /** Why {@code coupon} cannot enter or stay in the cart {@code check} describes; empty when it can. */
    public Optional<CouponError> check(Coupon coupon, CouponCheck check) {
        return CouponValidation.check(coupon, check);
    }
}
