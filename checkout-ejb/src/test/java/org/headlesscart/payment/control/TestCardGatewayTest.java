package org.headlesscart.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.headlesscart.payment.spi.GatewaySettings;
import org.headlesscart.payment.spi.PaymentOutcome;
import org.headlesscart.payment.spi.PaymentOutcome.Result;
import org.headlesscart.payment.spi.PaymentRequest;
import org.headlesscart.payment.spi.RefundRequest;
import org.junit.jupiter.api.Test;

class TestCardGatewayTest {

    final TestCardGateway gateway = new TestCardGateway(GatewaySettings.of("testcard",
            Map.of("headlesscart.payment.testcard.enabled", "true")));

    static PaymentOutcome pay(TestCardGateway g, Map<String, String> data) {
        return g.process(OfflineGatewaysTest.request(data));
    }

    @Test
    void offUnlessEnabledAndAlwaysInTestMode() {
        TestCardGateway off = new TestCardGateway(GatewaySettings.of("testcard", Map.of()));
        assertFalse(off.enabled());
        assertTrue(gateway.enabled());
        assertTrue(gateway.testMode());
        assertTrue(gateway.hasFields());
        assertTrue(PaymentViews.of(gateway).supportsRefunds());
    }

    @Test
    void successCardPaysAndTheOrderProcesses() {
        PaymentOutcome outcome = pay(gateway, Map.of("card_number", "4242 4242 4242 4242"));
        assertEquals(Result.SUCCESS, outcome.result());
        assertEquals("processing", outcome.orderStatus());
        assertTrue(outcome.transactionId().startsWith("tc_"));
        assertEquals(Result.SUCCESS, pay(gateway, Map.of("card_number", "4242-4242-4242-4242")).result());
    }

    @Test
    void declinesSayWhy() {
        assertEquals("Your card was declined.", pay(gateway, Map.of("card_number", "4000000000000002")).message());
        assertEquals("Your card has insufficient funds.",
                pay(gateway, Map.of("card_number", "4000000000009995")).message());
        assertEquals("Your card has expired.", pay(gateway, Map.of("card_number", "4000000000000069")).message());
        assertEquals("Your card number is incorrect.", pay(gateway, Map.of("card_number", "4111111111111111")).message());
        PaymentOutcome none = pay(gateway, Map.of());
        assertEquals(Result.FAILED, none.result());
        assertEquals("Please enter your card number.", none.message());
    }

    @Test
    void confirmationCardAsksForAnActionThenPaysWhenConfirmed() {
        PaymentOutcome first = pay(gateway, Map.of("card_number", TestCardGateway.REQUIRES_ACTION));
        assertEquals(Result.REQUIRES_ACTION, first.result());
        assertEquals("testcard_confirm_payment", first.actionType());
        assertEquals("payment_intent", first.actionData().get("intent_type"));
        String secret = first.actionData().get("client_secret");
        assertTrue(secret.startsWith("tc_7_secret_"), secret);

        assertEquals(Result.SUCCESS, pay(gateway, Map.of("card_number", TestCardGateway.REQUIRES_ACTION,
                "action_result", "confirmed")).result());
        assertEquals(Result.SUCCESS, pay(gateway, Map.of("client_secret", secret)).result());
        assertEquals(Result.FAILED, pay(gateway, Map.of("card_number", TestCardGateway.REQUIRES_ACTION,
                "action_result", "failed")).result());
        assertEquals(Result.FAILED, pay(gateway, Map.of("client_secret", secret + "x")).result());
    }

    @Test
    void secretOfOneOrderDoesNotConfirmAnother() {
        PaymentRequest other = new PaymentRequest(8, "wc_order_abcdefghijklm", "USD", 3600, "", Map.of(), "",
                OfflineGatewaysTest.shipping());
        String secret7 = pay(gateway, Map.of("card_number", TestCardGateway.REQUIRES_ACTION)).actionData()
                .get("client_secret");
        assertNotEquals(secret7, TestCardGateway.clientSecret(other));
        assertEquals(Result.FAILED, gateway.process(new PaymentRequest(8, other.orderKey(), "USD", 3600, "",
                Map.of("client_secret", secret7), "", other.context())).result());
    }

    @Test
    void refundsGoThrough() {
        assertTrue(gateway.refund(new RefundRequest(7, "tc_1", "USD", 500, "")).refunded());
    }
}
