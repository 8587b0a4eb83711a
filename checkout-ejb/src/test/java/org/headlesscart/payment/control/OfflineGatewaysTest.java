package org.headlesscart.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.headlesscart.payment.model.BankAccount;
import org.headlesscart.payment.spi.GatewaySettings;
import org.headlesscart.payment.spi.PaymentContext;
import org.headlesscart.payment.spi.PaymentOutcome;
import org.headlesscart.payment.spi.PaymentRequest;
import org.headlesscart.payment.spi.RefundRequest;
import org.junit.jupiter.api.Test;

class OfflineGatewaysTest {

    static PaymentContext shipping(String... rates) {
        return new PaymentContext("US", "US", "USD", 3600, List.of(rates));
    }

    static PaymentRequest request(Map<String, String> data) {
        return new PaymentRequest(7, "wc_order_abcdefghijklm", "USD", 3600, "a@example.com", data,
                "/wp-json/cocart/v2/order-received/7", shipping("flat_rate:1"));
    }

    @Test
    void theBankTransfersAccountDetailsComeFromItsSettings() {
        BankTransferGateway bacs = new BankTransferGateway(GatewaySettings.of("bacs", Map.of(
                "headlesscart.payment.bacs.account-name", " Shop Ltd ", "headlesscart.payment.bacs.iban",
                "GB33BUKB20201555555555", "headlesscart.payment.bacs.bic", "BUKBGB22")));
        BankAccount account = bacs.account();
        assertEquals("Shop Ltd", account.accountName());
        assertEquals("GB33BUKB20201555555555", account.iban());
        assertEquals("BUKBGB22", account.bic());
        assertEquals("", account.sortCode());
        assertTrue(account.isConfigured());
        assertFalse(new BankTransferGateway(GatewaySettings.of("bacs", Map.of())).account().isConfigured());
    }

    @Test
    void bankTransferAndChequeLeaveTheOrderOnHoldAndRefundByHand() {
        for (OfflineGateway g : List.of(new BankTransferGateway(GatewaySettings.of("bacs", Map.of())),
                new ChequeGateway(GatewaySettings.of("cheque", Map.of())))) {
            PaymentOutcome outcome = g.process(request(Map.of()));
            assertEquals(PaymentOutcome.Result.SUCCESS, outcome.result());
            assertEquals("on-hold", outcome.orderStatus());
            assertFalse(g.refund(new RefundRequest(7, "", "USD", 100, "")).refunded());
            assertTrue(g.enabled(), "on by default");
            assertFalse(g.testMode());
            assertFalse(g.hasFields());
            assertEquals(List.of("products"), g.supports());
            assertTrue(g.isAvailable(shipping()));
        }
        assertEquals("Direct bank transfer", new BankTransferGateway(GatewaySettings.of("bacs", Map.of())).title());
        assertEquals("Check payments", new ChequeGateway(GatewaySettings.of("cheque", Map.of())).title());
    }

    @Test
    void settingsRenameAndSwitchOff() {
        BankTransferGateway g = new BankTransferGateway(GatewaySettings.of("bacs", Map.of(
                "headlesscart.payment.bacs.enabled", "false", "headlesscart.payment.bacs.title", " Wire ",
                "headlesscart.payment.bacs.description", "Pay us.")));
        assertFalse(g.enabled());
        assertEquals("Wire", g.title());
        assertEquals("Pay us.", g.description());
        assertEquals("Direct bank transfer", g.methodTitle(), "staff still see what it is");
        assertFalse(new ChequeGateway(GatewaySettings.of("cheque", Map.of("headlesscart.payment.cheque.enabled",
                "yes"))).enabled(), "only true switches on");
    }

    @Test
    void cashOnDeliveryProcessesAndTakesAnyShippingByDefault() {
        CashOnDeliveryGateway cod = new CashOnDeliveryGateway(GatewaySettings.of("cod", Map.of()));
        assertEquals("processing", cod.process(request(Map.of())).orderStatus());
        assertEquals("Cash on delivery", cod.title());
        assertTrue(cod.isAvailable(shipping("flat_rate:1")));
        assertTrue(cod.isAvailable(shipping()), "enable-for-virtual defaults to true");
        assertEquals(List.of(), cod.restrictedToShippingMethods());
        assertNull(PaymentViews.of(cod).restrictedToShippingMethods(), "null when unrestricted, as WooCommerce");
        assertFalse(cod.refund(new RefundRequest(7, "", "USD", 100, "")).refunded());
    }

    @Test
    void cashOnDeliveryRestrictedByMethodOrRate() {
        CashOnDeliveryGateway cod = new CashOnDeliveryGateway(GatewaySettings.of("cod", Map.of(
                "headlesscart.payment.cod.enable-for-methods", "flat_rate, local_pickup:3",
                "headlesscart.payment.cod.enable-for-virtual", "false")));
        assertTrue(cod.isAvailable(shipping("flat_rate:1")), "by method id");
        assertTrue(cod.isAvailable(shipping("local_pickup:3")), "by rate id");
        assertFalse(cod.isAvailable(shipping("local_pickup:4")), "another instance");
        assertFalse(cod.isAvailable(shipping("free_shipping:2")));
        assertFalse(cod.isAvailable(shipping("flat_rate:1", "free_shipping:2")), "every package must match");
        assertFalse(cod.isAvailable(shipping()), "ships nothing and enable-for-virtual=false");
        assertEquals(List.of("flat_rate", "local_pickup:3"), PaymentViews.of(cod).restrictedToShippingMethods());
    }
}
