package org.headlesscart.console.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.checkout.model.CheckoutRequest;
import org.headlesscart.order.boundary.OrderFailure;
import org.junit.jupiter.api.Test;

class CheckoutFormTest {

    @Test
    void oneAddressProblemLandsOnItsField() {
        var refusal = OrderFailure.ADDRESS_FIELD_REQUIRED.exception(Map.of("field", "billing_city"), "City");

        assertEquals(Map.of("billing_city", "City is required."), CheckoutForm.fieldErrors(refusal));
    }

    @Test
    void severalAddressProblemsLandEachOnItsField() {
        var refusal = OrderFailure.INVALID_ADDRESS_FIELDS.exception(Map.of("errors", List.of(
                Map.of("field", "billing_first_name", "code", "ADDRESS_FIELD_REQUIRED", "message", "First name is required."),
                Map.of("field", "shipping_postcode", "code", "INVALID_SHIPPING_POSTCODE", "message", "Bad postcode."))),
                "First name is required. Bad postcode.");

        assertEquals(Map.of("billing_first_name", "First name is required.", "shipping_postcode", "Bad postcode."),
                CheckoutForm.fieldErrors(refusal));
    }

    @Test
    void aRefusalAboutNoFieldLandsOnNone() {
        assertTrue(CheckoutForm.fieldErrors(OrderFailure.CART_EMPTY.exception()).isEmpty());
    }

    @Test
    void theShippingAddressIsSentWithoutContactFieldsAndBlanksAreSent() {
        Map<String, String> address = CheckoutForm.emptyAddress();
        address.put("city", "Paris");

        Map<String, String> shipping = CheckoutForm.sent(address, false);

        assertEquals(CheckoutRequest.ADDRESS_FIELDS.size() - 2, shipping.size());
        assertTrue(!shipping.containsKey("email") && !shipping.containsKey("phone"));
        assertEquals("", shipping.get("first_name"), "the checkout decides what is required");
        assertEquals(CheckoutRequest.ADDRESS_FIELDS.size(), CheckoutForm.sent(address, true).size());
    }

    @Test
    void theDestinationIsTheFilledRatesFields() {
        Map<String, String> address = new LinkedHashMap<>(CheckoutForm.emptyAddress());
        address.put("country", "US");
        address.put("postcode", "10001");
        address.put("first_name", "Ada");

        assertEquals(Map.of("country", "US", "postcode", "10001"), CheckoutForm.destination(address));
    }

    @Test
    void theSameFormHasTheSameFingerprintAndAnotherCardAnother() {
        CheckoutRequest first = request("4000000000000002");

        assertEquals(CheckoutForm.fingerprint("t_a", first), CheckoutForm.fingerprint("t_a", request("4000000000000002")));
        assertNotEquals(CheckoutForm.fingerprint("t_a", first), CheckoutForm.fingerprint("t_a", request("4242424242424242")));
        assertNotEquals(CheckoutForm.fingerprint("t_a", first), CheckoutForm.fingerprint("t_b", first));
    }

    @Test
    void aKeptAnswerIsReadBack() {
        PlacedAnswer paid = PlacedAnswer.read("{\"order_id\":12,\"order_key\":\"wc_order_abc\",\"payment_status\":"
                + "\"requires_action\",\"message\":\"\",\"action_type\":\"testcard_confirm_payment\",\"client_secret\":\"s\"}");
        PlacedAnswer refused = PlacedAnswer.read("{\"refusal\":\"CART_EMPTY\",\"message\":\"Cannot place an order.\"}");

        assertEquals(new PlacedAnswer(12, "wc_order_abc", "requires_action", "", "testcard_confirm_payment", "s", null),
                paid);
        assertEquals("Cannot place an order.", refused.refusalMessage());
    }

    private static CheckoutRequest request(String card) {
        return new CheckoutRequest(Map.of("first_name", "Ada"), Map.of(), true, "testcard", "flat_rate:1", null,
                Map.of("card_number", card), false, null, null, "127.0.0.1", "test");
    }
}
