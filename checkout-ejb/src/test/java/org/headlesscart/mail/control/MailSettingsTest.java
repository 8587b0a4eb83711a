package org.headlesscart.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MailSettingsTest {

    final MailSettings settings = new MailSettings();

    @Test
    void theMailsOwnLinkWinsThenAnAbsolutePaymentReturnUrl() {
        settings.orderReceivedUrl = Optional.of("https://front.test/thanks/{order_id}");
        settings.paymentReturnUrl = Optional.of("https://pay.test/{order_id}");
        assertEquals(Optional.of("https://front.test/thanks/{order_id}"), settings.orderReceivedUrl());

        settings.orderReceivedUrl = Optional.empty();
        assertEquals(Optional.of("https://pay.test/{order_id}"), settings.orderReceivedUrl());

        settings.paymentReturnUrl = Optional.of("/wp-json/cocart/v2/order-received/{order_id}?order_key={order_key}");
        assertEquals(Optional.empty(), settings.orderReceivedUrl(), "a relative URL means nothing in a mail");
    }

    @Test
    void storeRecipientsAreCommaSeparatedAndDefaultToTheSender() {
        settings.fromAddress = "shop@example.test";
        settings.storeRecipient = Optional.empty();
        assertEquals(List.of("shop@example.test"), settings.storeRecipients());

        settings.storeRecipient = Optional.of(" orders@example.test, ,boss@example.test ");
        assertEquals(List.of("orders@example.test", "boss@example.test"), settings.storeRecipients());
    }

    @Test
    void noHostOrSwitchedOffMeansNotSending() {
        settings.enabled = true;
        settings.host = Optional.of("  ");
        assertEquals(false, settings.sending());
        settings.host = Optional.of("smtp.example.test");
        assertEquals(true, settings.sending());
        settings.enabled = false;
        assertEquals(false, settings.sending());
    }
}
