package org.headlesscart.cart.model;

import java.util.List;

import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingSettings;

/**
 * The shipping rates of one product as a one-line cart would be offered them (COCART-PLUS §1.2,
 * {@code products/{id}/shipping-rates}); the cart is never stored.
 *
 * @param id       the product, or the variation its attributes chose
 * @param parentId a variation's parent, else 0
 * @param packages the simulated cart's packages, empty when it needs no shipping
 * @param settings the store settings it was priced under
 */
public record ProductRates(String itemKey, long id, long parentId, String name, String type,
        List<PricedCart.Package> packages, PricingSettings settings) {

    public ProductRates {
        packages = List.copyOf(packages);
    }
}
