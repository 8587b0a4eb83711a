package org.headlesscart.mail.control;

import static org.headlesscart.order.model.OrderStatus.CANCELLED;
import static org.headlesscart.order.model.OrderStatus.COMPLETED;
import static org.headlesscart.order.model.OrderStatus.FAILED;
import static org.headlesscart.order.model.OrderStatus.ON_HOLD;
import static org.headlesscart.order.model.OrderStatus.PENDING;
import static org.headlesscart.order.model.OrderStatus.PROCESSING;

import java.util.List;

import org.headlesscart.mail.model.MailKind;
import org.headlesscart.order.model.OrderStatus;

/**
 * Which mails a status change sends, WooCommerce's triggers (docs/emails.md). An order counts as placed for the store
 * when it reaches processing, on-hold or completed: placed so at checkout, or later from pending, failed or cancelled
 * (a paid retry, a reopened order). An order that stays pending or failed has sent nothing yet, so cancelling it sends
 * nothing either; cancelling a placed one tells the store and, our addition, the customer.
 */
public final class MailRules {

    private MailRules() {
    }

    /** @param from the status before, null when the order was just placed */
    public static List<MailKind> mails(OrderStatus from, OrderStatus to) {
        if (from == to) {
            return List.of();
        }
        boolean placedNow = from == null || from == PENDING || from == FAILED || from == CANCELLED;
        if (placedNow && (to == PROCESSING || to == ON_HOLD || to == COMPLETED)) {
            return List.of(MailKind.NEW_ORDER, customerMail(to));
        }
        if (to == PROCESSING && from == ON_HOLD) {
            return List.of(MailKind.CUSTOMER_PROCESSING);
        }
        if (to == COMPLETED) {
            return List.of(MailKind.CUSTOMER_COMPLETED);
        }
        if (to == CANCELLED && (from == PROCESSING || from == ON_HOLD)) {
            return List.of(MailKind.CANCELLED_ORDER, MailKind.CUSTOMER_CANCELLED);
        }
        return List.of();
    }

    private static MailKind customerMail(OrderStatus placedAs) {
        return switch (placedAs) {
            case PROCESSING -> MailKind.CUSTOMER_PROCESSING;
            case ON_HOLD -> MailKind.CUSTOMER_ON_HOLD;
            default -> MailKind.CUSTOMER_COMPLETED;
        };
    }
}
