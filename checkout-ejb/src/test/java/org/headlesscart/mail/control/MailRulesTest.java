package org.headlesscart.mail.control;

import static org.headlesscart.mail.model.MailKind.CANCELLED_ORDER;
import static org.headlesscart.mail.model.MailKind.CUSTOMER_CANCELLED;
import static org.headlesscart.mail.model.MailKind.CUSTOMER_COMPLETED;
import static org.headlesscart.mail.model.MailKind.CUSTOMER_ON_HOLD;
import static org.headlesscart.mail.model.MailKind.CUSTOMER_PROCESSING;
import static org.headlesscart.mail.model.MailKind.NEW_ORDER;
import static org.headlesscart.order.model.OrderStatus.CANCELLED;
import static org.headlesscart.order.model.OrderStatus.COMPLETED;
import static org.headlesscart.order.model.OrderStatus.FAILED;
import static org.headlesscart.order.model.OrderStatus.ON_HOLD;
import static org.headlesscart.order.model.OrderStatus.PENDING;
import static org.headlesscart.order.model.OrderStatus.PROCESSING;
import static org.headlesscart.order.model.OrderStatus.REFUNDED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MailRulesTest {

    @Test
    void anOrderPlacedPaidOrOnHoldTellsTheStoreAndTheCustomer() {
        assertEquals(List.of(NEW_ORDER, CUSTOMER_PROCESSING), MailRules.mails(null, PROCESSING));
        assertEquals(List.of(NEW_ORDER, CUSTOMER_ON_HOLD), MailRules.mails(null, ON_HOLD));
        assertEquals(List.of(NEW_ORDER, CUSTOMER_COMPLETED), MailRules.mails(null, COMPLETED));
    }

    @Test
    void anUnpaidOrderSendsNothingUntilItIsPaid() {
        assertEquals(List.of(), MailRules.mails(null, PENDING));
        assertEquals(List.of(), MailRules.mails(PENDING, FAILED));
        assertEquals(List.of(NEW_ORDER, CUSTOMER_PROCESSING), MailRules.mails(PENDING, PROCESSING));
        assertEquals(List.of(NEW_ORDER, CUSTOMER_PROCESSING), MailRules.mails(FAILED, PROCESSING));
        assertEquals(List.of(NEW_ORDER, CUSTOMER_ON_HOLD), MailRules.mails(FAILED, ON_HOLD));
        assertEquals(List.of(NEW_ORDER, CUSTOMER_PROCESSING), MailRules.mails(CANCELLED, PROCESSING));
    }

    @Test
    void laterStepsTellOnlyTheCustomer() {
        assertEquals(List.of(CUSTOMER_PROCESSING), MailRules.mails(ON_HOLD, PROCESSING));
        assertEquals(List.of(CUSTOMER_COMPLETED), MailRules.mails(PROCESSING, COMPLETED));
        assertEquals(List.of(CUSTOMER_COMPLETED), MailRules.mails(ON_HOLD, COMPLETED));
    }

    @Test
    void cancellingAPlacedOrderTellsBoth() {
        assertEquals(List.of(CANCELLED_ORDER, CUSTOMER_CANCELLED), MailRules.mails(PROCESSING, CANCELLED));
        assertEquals(List.of(CANCELLED_ORDER, CUSTOMER_CANCELLED), MailRules.mails(ON_HOLD, CANCELLED));
    }

    @Test
    void cancellingAnUnpaidOrderRefundsAndNoChangesSendNothing() {
        assertEquals(List.of(), MailRules.mails(PENDING, CANCELLED));
        assertEquals(List.of(), MailRules.mails(FAILED, CANCELLED));
        assertEquals(List.of(), MailRules.mails(COMPLETED, REFUNDED));
        assertEquals(List.of(), MailRules.mails(PROCESSING, PROCESSING));
        assertEquals(List.of(), MailRules.mails(PROCESSING, ON_HOLD));
    }
}
