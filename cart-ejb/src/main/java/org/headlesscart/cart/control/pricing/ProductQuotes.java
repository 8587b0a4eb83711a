package org.headlesscart.cart.control.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.headlesscart.cart.control.Adding;
import org.headlesscart.cart.control.ItemKeys;
import org.headlesscart.cart.control.JsonText;
import org.headlesscart.cart.control.LineNames;
import org.headlesscart.cart.control.Quantities;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.control.Refusal.Reason;
import org.headlesscart.cart.control.session.CartProducts;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;
import org.headlesscart.cart.model.ProductRates;
import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.customer.boundary.AccountService;
import org.headlesscart.pricing.model.PricedCart;

/**
 * {@code GET products/{id}/shipping-rates} (COCART-PLUS §1.2): a one-line cart of the product, at the logged-in
 * customer's address or else the store's, priced and discarded. Nothing is stored and no cart is read.
 */
@Dependent
public class ProductQuotes {

    @Inject
    CartProducts products;

    @Inject
    CartPricer pricer;

    @EJB
    AccountService accounts;

    /** @param userId the logged-in customer, or null for a guest */
    public ProductRates quote(String idOrSku, String quantity, Map<String, String> variation, Long userId) {
        Purchasable product = products.resolve(idOrSku);
        if ("external".equals(product.type())) {
            throw new Refusal(Reason.QUOTE_EXTERNAL_DENIED, "External products cannot be shipped.");
        }
        if ("grouped".equals(product.type())) {
            throw new Refusal(Reason.QUOTE_GROUPED_DENIED, "Grouped products cannot be calculated; calculate each "
                    + "of its products.");
        }
        BigDecimal units = Quantities.parse(quantity == null || quantity.isBlank() ? "1" : quantity);
        Quantities.checkBounds(units, product.minPurchase(), product.maxPurchase());
        Purchasable chosen = products.target(product, variation);
        Map<String, String> attributes = chosen.isVariation() ? Adding.variationOf(chosen, variation) : Map.of();
        long productId = chosen.isVariation() ? chosen.parentId() : chosen.id();
        long variationId = chosen.isVariation() ? chosen.id() : 0;
        String itemKey = ItemKeys.of(productId, variationId, attributes, Map.of());
        Instant now = Instant.now();
        Cart cart = new Cart("quote", now, now, now);
        if (userId != null) {
            accounts.customerFields(userId).orElse(Map.of()).forEach(cart.getCustomer()::set);
        }
        cart.addLine(new CartItem.Identity(itemKey, productId, variationId, JsonText.write(attributes), "{}"),
                Quantities.storable(units), null);
        StorePricing store = pricer.load(List.of());
        PricedCart priced = pricer.priceAsIs(cart, Map.of(chosen.id(), chosen), store, List.of());
        return new ProductRates(itemKey, chosen.id(), chosen.isVariation() ? chosen.parentId() : 0,
                LineNames.of(chosen), chosen.type(), priced.packages(), store.rules().settings());
    }
}
