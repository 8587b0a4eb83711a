package org.headlesscart.api.cocart.v2.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.headlesscart.cart.model.CartView;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingSettings;
import org.junit.jupiter.api.Test;

/** The pricing blocks of the cart object rendered from a priced cart: COCART-PLUS §2's example, field for field. */
class PricingJsonTest {

    static final PricingSettings EXCL_ITEMIZED = new PricingSettings(2, true, false, true, false, "shipping",
            "inherit", false, false, false, true, List.of(), new Location("US", "CA", "", ""), true, Set.of(), false);

    /** §2's cart as pricing's engine computes it. */
    static PricedCart example() {
        Location springfield = new Location("US", "IL", "62701", "Springfield");
        PricedCart.Package shipping = new PricedCart.Package(0, "Shipping", List.of(
                new PricedCart.Rate("flat_rate:1", "flat_rate", 1, "Flat rate", 1000, Map.of(7L, 100L)),
                new PricedCart.Rate("free_shipping:2", "free_shipping", 2, "Free shipping", 0, Map.of())),
                "flat_rate:1", springfield, "Beanie \u00d7 2");
        return new PricedCart(List.of(new PricedCart.Line("k", 3600, 360, 3240, 324, Map.of(7L, 324L))),
                List.of(new PricedCart.CouponTotal("save10", "percent", 360, 36, false)),
                List.of(new PricedCart.FeeTotal("gift-wrap", "Gift wrap", 500, 50, Map.of(7L, 50L))),
                List.of(shipping), List.of(new PricedCart.TaxTotal("US-IL-SALES TAX-1", 7, "Sales Tax", false, 474)),
                new PricedCart.Totals(3600, 360, 500, 50, 360, 36, 1000, 100, 5214, 474), true, true);
    }

    @Test
    void theContractsExampleBlocksComeOutFieldForField() {
        JsonObject cart = render(new CartView.Pricing(example(), EXCL_ITEMIZED, List.of()));

        JsonObject expected = Json.createReader(new StringReader("""
                {"coupons":[{"coupon":"save10","label":"Coupon: save10","discount_type":"percent",
                  "saving":"-360","saving_html":"-$3.60"}],
                 "shipping":{"total_packages":1,"show_package_details":false,"has_calculated_shipping":true,
                  "packages":{"default":{"package_name":"Shipping","rates":{
                   "flat_rate:1":{"key":"flat_rate:1","method_id":"flat_rate","instance_id":1,"label":"Flat rate",
                    "cost":"1000","html":"Flat rate: $10.00","taxes":"100","chosen_method":true,
                    "meta_data":{"items":"Beanie \\u00d7 2"}},
                   "free_shipping:2":{"key":"free_shipping:2","method_id":"free_shipping","instance_id":2,
                    "label":"Free shipping","cost":"0","html":"Free shipping","taxes":"","chosen_method":false,
                    "meta_data":{"items":"Beanie \\u00d7 2"}}},
                   "package_details":"","index":0,"chosen_method":"flat_rate:1",
                   "formatted_destination":"Springfield, IL 62701, United States (US)"}}},
                 "fees":{"gift-wrap":{"name":"Gift wrap","fee":"500"}},
                 "taxes":{"US-IL-SALES TAX-1":{"name":"Sales Tax","price":"474"}}}
                """)).readObject();
        assertEquals(expected, cart);
    }

    @Test
    void pricesShownIncludingTaxShowAmountsWithTaxAndNoTaxBlock() {
        PricingSettings incl = new PricingSettings(2, true, false, true, false, "shipping", "inherit", false, true,
                false, true, List.of(), new Location("US", "CA", "", ""), true, Set.of(), false);
        JsonObject cart = render(new CartView.Pricing(example(), incl, List.of()));

        assertEquals("-396", cart.getJsonArray("coupons").getJsonObject(0).getString("saving"));
        assertEquals("550", cart.getJsonObject("fees").getJsonObject("gift-wrap").getString("fee"));
        assertEquals("Flat rate: $11.00 (incl. tax)", cart.getJsonObject("shipping").getJsonObject("packages")
                .getJsonObject("default").getJsonObject("rates").getJsonObject("flat_rate:1").getString("html"));
        assertEquals("[]", cart.get("taxes").toString());
    }

    @Test
    void aSingleTaxTotalAndAFreeShippingCouponWithoutAmount() {
        PricingSettings single = new PricingSettings(2, true, false, true, false, "shipping", "inherit", false,
                false, false, false, List.of(), new Location("GB", "", "", ""), true, Set.of(), false);
        PricedCart example = example();
        PricedCart priced = new PricedCart(example.lines(), List.of(new PricedCart.CouponTotal("freeship",
                "fixed_cart", 0, 0, true)), List.of(), List.of(), example.taxes(), example.totals(), false, false);
        JsonObject cart = render(new CartView.Pricing(priced, single, List.of()));

        assertEquals("{\"label\":\"VAT\",\"total\":\"474\"}", cart.getJsonObject("taxes").toString());
        assertEquals("Free shipping coupon", cart.getJsonArray("coupons").getJsonObject(0).getString("saving"));
        assertEquals("Free shipping coupon", cart.getJsonArray("coupons").getJsonObject(0).getString("saving_html"));
        assertEquals("[]", cart.get("fees").toString());
        assertEquals("[]", cart.get("shipping").toString());
    }

    @Test
    void couponsAreHiddenWhenTheStoreHasThemOff() {
        PricingSettings off = new PricingSettings(2, false, false, true, false, "shipping", "inherit", false, false,
                false, true, List.of(), new Location("US", "CA", "", ""), true, Set.of(), false);
        assertEquals("[]", render(new CartView.Pricing(example(), off, List.of(new Coupon(1, "save10", "percent",
                BigDecimal.TEN, null, false, Set.of(), Set.of(), Set.of(), Set.of(), false, null, null, 0, 0, null,
                false, List.of(), 0, List.of())))).get("coupons").toString());
    }

    private static JsonObject render(CartView.Pricing pricing) {
        PricingJson json = new PricingJson(CartSamples.FORMAT);
        byte[] body = CartJson.bytes(out -> {
            out.writeStartObject();
            json.coupons(out, pricing);
            json.shipping(out, pricing);
            json.fees(out, pricing);
            json.taxes(out, pricing);
            out.writeEnd();
        });
        return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
    }
}
