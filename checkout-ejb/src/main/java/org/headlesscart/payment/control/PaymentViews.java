package org.headlesscart.payment.control;

import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.payment.model.PaymentMethodView;
import org.headlesscart.payment.spi.PaymentContext;
import org.headlesscart.payment.spi.PaymentGateway;

/** Gateways and orders turned into what the payment boundary hands out and what gateways look at. */
public final class PaymentViews {

    private PaymentViews() {
    }

    public static PaymentMethodView of(PaymentGateway g) {
        var restricted = g.restrictedToShippingMethods();
        return new PaymentMethodView(g.id(), g.title(), g.description(), g.supports(), g.hasFields(),
                g.orderButtonText(), g.methodTitle(), g.methodDescription(), g.testMode(),
                g.supports().contains("refunds"), restricted.isEmpty() ? null : restricted);
    }

    /** What a gateway may look at for a placed order: its countries, total and chosen shipping rates. */
    public static PaymentContext context(OrderView order) {
        return new PaymentContext(order.billing().country(), order.shipping().country(), order.currency(),
                order.totals().total(), order.shippingLines().stream().map(OrderLines.Shipping::rateId).toList());
    }
}
