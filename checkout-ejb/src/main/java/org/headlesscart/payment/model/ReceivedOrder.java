package org.headlesscart.payment.model;

import java.util.List;

import org.headlesscart.order.model.OrderView;

/**
 * An order as its order-received page shows it (COCART-PLUS §1.3 OrderReceived).
 *
 * @param paymentMethods the gateways that may pay it now; empty unless it needs payment
 */
public record ReceivedOrder(OrderView order, List<PaymentMethodView> paymentMethods) {

    public ReceivedOrder {
        paymentMethods = List.copyOf(paymentMethods);
    }
}
