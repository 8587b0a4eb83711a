package org.headlesscart.api.cocart.v2.cart;

import static org.headlesscart.api.cocart.v2.cart.CartSamples.FORMAT;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.KEY;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.cart;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.hoodie;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.keyPaths;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.render;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.tshirt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.headlesscart.api.Captures;
import org.headlesscart.api.cocart.v2.catalog.PricesResponse;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.catalog.model.CurrencyView;
import org.junit.jupiter.api.Test;

/** The totals map (contract §2.13) and the bare values of count and return_status. */
class CartFormatsTest {

    final CartView cart = cart(KEY, "h", List.of(tshirt(2), hoodie()), List.of(), Map.of());

    @Test
    void totalsAreWooCommercesMajorUnitMapOfMixedTypes() {
        JsonObject totals = Captures.parse(render(g -> new TotalsJson(FORMAT.currency()).write(g, cart, false)));

        assertEquals("{\"subtotal\":\"80\",\"subtotal_tax\":0,\"shipping_total\":\"0\",\"shipping_tax\":0,"
                + "\"shipping_taxes\":[],\"discount_total\":0,\"discount_tax\":0,\"cart_contents_total\":\"80\","
                + "\"cart_contents_tax\":0,\"cart_contents_taxes\":[],\"fee_total\":\"0\",\"fee_tax\":0,"
                + "\"fee_taxes\":[],\"total\":\"80.00\",\"total_tax\":0}", totals.toString());
    }

    /** COCART-PLUS §2's cart: item tax 3.24, fee tax 0.50 and the flat rate's 1.00, all at rate 7. */
    @Test
    void taxMapsListAPricedCartsTaxesByRateId() {
        CartView c = cart;
        CartView priced = new CartView(c.cartKey(), c.expiring(), c.expiration(), c.customer(), c.items(),
                c.removedItems(), c.itemCount(), c.itemsWeight(), true, true, c.totals(), c.crossSells(), c.notices(),
                c.cartHash(), c.version(), c.stored(), null, null,
                new CartView.Pricing(PricingJsonTest.example(), PricingJsonTest.EXCL_ITEMIZED, List.of()));

        JsonObject totals = Captures.parse(render(g -> new TotalsJson(FORMAT.currency()).write(g, priced, false)));

        assertEquals("{\"7\":3.24}", totals.get("cart_contents_taxes").toString());
        assertEquals("{\"7\":0.5}", totals.get("fee_taxes").toString());
        assertEquals("{\"7\":1}", totals.get("shipping_taxes").toString(), "the chosen flat rate's, not free shipping's");
    }

    @Test
    void htmlTotalsArePlainFormattedPrices() {
        JsonObject totals = Captures.parse(render(g -> new TotalsJson(FORMAT.currency()).write(g, cart, true)));

        assertEquals("$80.00", totals.getString("subtotal"));
        assertEquals("$0.00", totals.getString("total_tax"));
        assertEquals("[]", totals.get("fee_taxes").toString());
        assertEquals(List.of("/subtotal", "/subtotal_tax", "/shipping_total", "/shipping_tax", "/shipping_taxes",
                "/discount_total", "/discount_tax", "/cart_contents_total", "/cart_contents_tax",
                "/cart_contents_taxes", "/fee_total", "/fee_tax", "/fee_taxes", "/total", "/total_tax"),
                keyPaths(totals));
    }

    @Test
    void pricesAreGroupedSignedAndPlacedAsTheCurrencySays() {
        TotalsJson euro = new TotalsJson(PricesResponse.Currency.from(new CurrencyView("EUR", "€", "right_space", 2,
                ",", ".")));

        assertEquals("$1,234,567.89", new TotalsJson(FORMAT.currency()).price(123456789));
        assertEquals("-$5.00", new TotalsJson(FORMAT.currency()).price(-500));
        assertEquals("1.234,50 €", euro.price(123450));
    }

    @Test
    void aCountIsABareNumberAndAStatusIsAStringOrAnObject() {
        assertEquals("3", render(g -> CartWire.number(g, new BigDecimal("3.000"))));
        assertEquals("0", render(g -> CartWire.number(g, BigDecimal.ZERO)));
        assertEquals("1.5", render(g -> CartWire.number(g, new BigDecimal("1.50"))));
        assertEquals("\"x\"", render(g -> g.write("x")));
    }

    @Test
    void moneyConvertsWithoutFloatingPoint() {
        assertEquals(new BigDecimal("40.50"), CartWire.major(4050, 2));
        assertEquals("40.5", CartWire.plain(CartWire.major(4050, 2)));
        assertEquals("0", CartWire.plain(new BigDecimal("0.000")));
        assertEquals("100", CartWire.plain(new BigDecimal("1E+2")));
    }

    @Test
    void emptyFieldsSelectionIsPhpsEmptyArray() {
        CartView.Line line = tshirt(1);
        assertEquals("[]", render(g -> new CartJson(FORMAT).cart(g, cart(KEY, null, List.of(line), List.of(),
                Map.of()), CartFields.parse("nothing,known"))));
    }
}
