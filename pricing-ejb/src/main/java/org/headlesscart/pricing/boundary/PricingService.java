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
import org.headlesscart.pricing.control.coupon.CouponRows;
import org.headlesscart.pricing.control.coupon.CouponValidation;
import org.headlesscart.pricing.control.rules.RulesCache;
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

    /** A cart's totals under {@code rules}; its coupons are already checked ({@link #check}). */
    public PricedCart price(PricingRules rules, CartInput cart) {
        return CartPricing.price(rules, cart);
    }

    /** Why {@code coupon} cannot enter or stay in the cart {@code check} describes; empty when it can. */
    public Optional<CouponError> check(Coupon coupon, CouponCheck check) {
        return CouponValidation.check(coupon, check);
    }
}
