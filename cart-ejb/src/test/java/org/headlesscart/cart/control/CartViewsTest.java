package org.headlesscart.cart.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;
import org.headlesscart.cart.control.pricing.CartChoices;
import org.headlesscart.cart.control.pricing.PricingInputs;
import org.headlesscart.pricing.control.totals.CartPricing;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.PricingSettings;
import org.junit.jupiter.api.Test;

/** Contract §3: the cart as shown, with totals in minor units rounded half-up per line. */
class CartViewsTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private final Cart cart = new Cart("t_view", NOW, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2)));


    @Test
    void aZeroDecimalStoreTotalsInWholeUnits() {
        Purchasable tea = Products.simple(10, "Tea").price(1500L).build(); // ¥1500
        add(10, 0, "{}", "2");
        CartView view = view(Products.byId(tea), settings(0));
        assertEquals(3000, view.totals().subtotal());
        assertEquals(3000, view.totals().total());
        assertEquals(3000, view.items().get(0).totalMinor());
        assertTrue(view.needsPayment());
    }

    @Test
    void aThreeDecimalStoreTotalsInThousandths() {
        Purchasable dates = Products.simple(10, "Dates").price(1250L).build(); // 1.250 KWD
        add(10, 0, "{}", "3");
        CartView view = view(Products.byId(dates), settings(3));
        assertEquals(3750, view.totals().subtotal());
        assertEquals(3750, view.totals().total());
    }

    @Test
    void eachLineIsRoundedHalfUpBeforeTheLinesAreSummed() {
        Purchasable a = Products.simple(10, "Ribbon").price(333L).build();
        Purchasable b = Products.simple(11, "Tape").price(333L).build();
        add(10, 0, "{}", "1.5");
        add(11, 0, "{}", "1.5");
        CartView view = view(Products.byId(a, b), settings(2));
        assertEquals(500, view.items().get(0).subtotalMinor(), "1.5 × 333 = 499.5 rounds up");
        assertEquals(1000, view.totals().total(), "not 999, the rounded total of both");
    }

    @Test
    void theItemCountIsTheSumOfTheQuantities() {
        Purchasable a = Products.simple(10, "Ribbon").build();
        Purchasable b = Products.simple(11, "Tape").build();
        add(10, 0, "{}", "2");
        add(11, 0, "{}", "1.5");
        assertEquals(0, new BigDecimal("3.5").compareTo(view(Products.byId(a, b), settings(2)).itemCount()));
    }

    @Test
    void theItemsWeightIsUnitWeightTimesQuantitySummed() {
        Purchasable heavy = Products.simple(10, "Anvil").weight("2.5").build();
        Purchasable light = Products.simple(11, "Feather").weight("0.1").build();
        Purchasable none = Products.simple(12, "E-book").build();
        add(10, 0, "{}", "2");
        add(11, 0, "{}", "3");
        add(12, 0, "{}", "1");
        CartView view = view(Products.byId(heavy, light, none), settings(2));
        assertEquals(0, new BigDecimal("5.3").compareTo(view.itemsWeight()));
        assertEquals(0, new BigDecimal("5").compareTo(view.items().get(0).weight()));
        assertNull(view.items().get(2).weight());
    }

    @Test
    void anEmptyCartHasNoHashAndNeedsNoPayment() {
        CartView view = view(Map.of(), settings(2));
        assertTrue(view.isEmpty());
        assertNull(view.cartHash());
        assertFalse(view.needsPayment());
        assertEquals(0, view.totals().total());
        assertEquals(0, BigDecimal.ZERO.compareTo(view.itemCount()));
    }

    @Test
    void aUsersCartHasTheCustomersWindowsAndAGuestsTheGuests() {
        CartView user = CartViews.of("2", null, List.of(), Map.of(), CartViews.UNPRICED, new Notices(), settings(2), NOW);
        assertEquals(NOW.plus(Duration.ofDays(1)), user.expiring());
        assertEquals(NOW.plus(Duration.ofDays(7)), user.expiration());
        CartView guest = CartViews.of("t_none", null, List.of(), Map.of(), CartViews.UNPRICED, new Notices(), settings(2), NOW);
        assertEquals(NOW.plus(Duration.ofDays(2)), guest.expiration());
        CartView digits = CartViews.of("007", null, List.of(), Map.of(), CartViews.UNPRICED, new Notices(), settings(2), NOW);
        assertEquals(NOW.plus(Duration.ofDays(2)), digits.expiration(), "no user id has a leading zero");
    }

    @Test
    void noStoredCartIsEmptyToo() {
        CartView view = CartViews.of("t_none", null, List.of(), Map.of(), CartViews.UNPRICED, new Notices(), settings(2), NOW);
        assertNull(view.cartHash());
        assertFalse(view.stored());
        assertEquals("US", view.customer().billing().get("billing_country"));
    }

    @Test
    void aCartWithLinesHasAHash() {
        Purchasable tea = Products.simple(10, "Tea").build();
        add(10, 0, "{}", "1");
        assertNotNull(view(Products.byId(tea), settings(2)).cartHash());
    }

    @Test
    void theCustomerDefaultsToTheStoresBaseCountryAndState() {
        CartView.Customer customer = view(Map.of(), settings(2)).customer();
        assertEquals("US", customer.billing().get("billing_country"));
        assertEquals("CA", customer.billing().get("billing_state"));
        assertEquals("US", customer.shipping().get("shipping_country"));
        assertEquals("CA", customer.shipping().get("shipping_state"));
    }

    @Test
    void aCustomersOwnCountryIsKeptWithoutTheBaseState() {
        cart.getCustomer().set("billing_country", "DE");
        CartView.Customer customer = view(Map.of(), settings(2)).customer();
        assertEquals("DE", customer.billing().get("billing_country"));
        assertEquals("", customer.billing().get("billing_state"));
    }

    @Test
    void aVariationShowsItsAttributesByLabel() {
        Purchasable redSmall = Products.hoodieVariation(15, "red", "small").build();
        add(14, 15, "{\"attribute_pa_color\":\"red\",\"attribute_pa_size\":\"small\"}", "1");
        CartView.Line line = view(Products.byId(redSmall), settings(2)).items().get(0);
        assertEquals(Map.of("Color", "Red", "Size", "Small"), line.variation());
        assertEquals(List.of("Color", "Size"), List.copyOf(line.variation().keySet()));
        assertEquals("Hoodie - Red, Small", line.name());
        assertEquals(15, line.id());
    }

    @Test
    void atMostThreeCrossSellsAreShownAndNoneInTheCart() {
        Purchasable tea = Products.simple(10, "Tea").crossSells(11L, 12L, 13L, 14L, 15L).build();
        Purchasable cup = Products.simple(11, "Cup").build();
        add(10, 0, "{}", "1");
        add(11, 0, "{}", "1");
        Map<Long, Purchasable> products = Products.byId(tea, cup, Products.simple(12, "Pot").build(),
                Products.simple(13, "Honey").build(), Products.simple(14, "Lemon").build(),
                Products.simple(15, "Milk").build());
        List<Long> ids = view(products, settings(2)).crossSells().stream().map(CartView.CrossSell::id).toList();
        assertEquals(List.of(12L, 13L, 14L), ids);
    }

    @Test
    void unpublishedCrossSellsAreSkipped() {
        Purchasable tea = Products.simple(10, "Tea").crossSells(12L, 13L).build();
        add(10, 0, "{}", "1");
        Map<Long, Purchasable> products = Products.byId(tea, Products.simple(12, "Pot").published(false).build(),
                Products.simple(13, "Honey").build());
        assertEquals(List.of(13L),
                view(products, settings(2)).crossSells().stream().map(CartView.CrossSell::id).toList());
    }

    @Test
    void droppedLinesAreLeftOutAndRemovedLinesListedApart() {
        Purchasable a = Products.simple(10, "Ribbon").build();
        Purchasable b = Products.simple(11, "Tape").build();
        Purchasable c = Products.simple(12, "Glue").build();
        CartItem dropped = add(10, 0, "{}", "1");
        add(11, 0, "{}", "1").markRemoved(true);
        add(12, 0, "{}", "2");
        CartView view = CartViews.of("t_view", cart, List.of(dropped), Products.byId(a, b, c),
                priced(List.of(dropped), Products.byId(a, b, c), 2), new Notices(), settings(2), NOW);
        assertEquals(List.of(12L), view.items().stream().map(CartView.Line::id).toList());
        assertEquals(List.of(11L), view.removedItems().stream().map(CartView.Line::id).toList());
        assertEquals(2000, view.totals().total());
    }

    private CartItem add(long productId, long variationId, String variationJson, String quantity) {
        return cart.addLine(new CartItem.Identity(ItemKeys.of(productId, variationId, null, null), productId,
                variationId, variationJson, "{}"), new BigDecimal(quantity), null);
    }

    private CartView view(Map<Long, Purchasable> products, CartSettings settings) {
        return CartViews.of("t_view", cart, List.of(), products, priced(List.of(), products,
                settings.currencyDecimals()), new Notices(), settings, NOW);
    }

    /** The cart priced by pricing's engine in a store without taxes, coupons or shipping zones. */
    private CartView.Pricing priced(List<CartItem> dropped, Map<Long, Purchasable> products, int decimals) {
        PricingSettings store = new PricingSettings(decimals, true, false, false, false, "shipping", "inherit", false,
                false, false, true, List.of(), new Location("US", "CA", "", ""), true, Set.of(), false);
        PricingRules rules = new PricingRules(1, store, List.of(), List.of());
        return new CartView.Pricing(CartPricing.price(rules, PricingInputs.input(cart,
                PricingInputs.lines(cart, dropped, products), List.of(), CartChoices.of(cart), store.base())), store,
                List.of());
    }

    private static CartSettings settings(int decimals) {
        CartSettings settings = new CartSettings();
        settings.guestExpiration = Duration.ofDays(2);
        settings.guestExpiring = Duration.ofDays(1);
        settings.customerExpiration = Duration.ofDays(7);
        settings.customerExpiring = Duration.ofDays(1);
        settings.storeCountry = "US:CA";
        settings.currencyDecimals = decimals;
        return settings;
    }
}
