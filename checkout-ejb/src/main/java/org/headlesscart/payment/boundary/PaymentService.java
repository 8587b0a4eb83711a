package org.headlesscart.payment.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.order.boundary.OrderFailure;
import org.headlesscart.order.boundary.OrderStatusService;
import org.headlesscart.order.control.OrderStore;
import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.payment.control.BankTransferGateway;
import org.headlesscart.payment.control.Gateways;
import org.headlesscart.payment.control.PaymentViews;
import org.headlesscart.payment.model.BankAccount;
import org.headlesscart.payment.model.PaymentMethodView;
import org.headlesscart.payment.model.PaymentResult;
import org.headlesscart.payment.spi.PaymentContext;
import org.headlesscart.payment.spi.PaymentGateway;
import org.headlesscart.payment.spi.PaymentOutcome;
import org.headlesscart.payment.spi.PaymentRequest;

/**
 * The payment component's boundary: the gateways a checkout may use, and paying an order through one
 * (COCART-PLUS §1.3, §1.5, §4.5 step 7).
 */
@Stateless
public class PaymentService {

    @Inject
    Gateways gateways;

    @Inject
    OrderStore orders;

    @Inject
    BankTransferGateway bankTransfer;

    @EJB
    OrderStatusService statuses;

    /** Where a paid order's customer lands; {@code {order_id}} and {@code {order_key}} are filled in. */
    @Inject
    @ConfigProperty(name = "headlesscart.payment.return-url")
    String returnUrl;

    /**
     * The account a direct bank transfer pays into (WooCommerce's BACS account details), for the order-received
     * page of an order paid so; empty details when none are configured.
     */
    public BankAccount bankAccount() {
        return bankTransfer.account();
    }

    /** The enabled gateways available for the context, in the store's order (payment-methods route). */
    public List<PaymentMethodView> methods(PaymentContext context) {
        return gateways.all().stream().filter(g -> g.enabled() && g.isAvailable(context)).map(PaymentViews::of)
                .toList();
    }

    /**
     * Checks that the method may pay: known, enabled, available for the context.
     *
     * @throws PaymentException INVALID_PAYMENT_METHOD, PAYMENT_METHOD_DISABLED or PAYMENT_METHOD_NOT_AVAILABLE
     */
    public void check(String method, PaymentContext context) {
        checked(method, context);
    }

    /**
     * Pays the placed order through the method and moves it accordingly (success → the gateway's status, stock
     * sold; failed → {@code failed}, stock released; requires action → left pending), in the caller's transaction.
     * The order records the method and its title whatever the outcome. An order with nothing to pay is complete at
     * once ({@code no_payment_required}) whatever the method.
     *
     * @throws org.headlesscart.order.boundary.OrderException ORDER_NOT_FOUND, or INVALID_STATUS_CHANGE when the
     *         order is neither pending nor failed
     * @throws PaymentException when the method may not pay this order (nothing changes)
     * @throws org.headlesscart.catalog.boundary.StockShortage when a failed order's units can no longer be taken
     */
    public PaymentResult pay(long orderId, String method, Map<String, String> paymentData) {
        CustomerOrder order = orders.lock(orderId).orElseThrow(() -> OrderFailure.ORDER_NOT_FOUND.exception());
        OrderView view = orders.view(order);
        if (!view.status().awaitsPayment()) {
            throw OrderFailure.INVALID_STATUS_CHANGE.exception(view.status().wire(), OrderStatus.PROCESSING.wire());
        }
        if (view.totals().total() <= 0) {
            OrderView paid = statuses.paymentComplete(orderId, OrderStatus.PROCESSING, "");
            return new PaymentResult("no_payment_required", returnUrl(paid, null), "", null, Map.of(), paid);
        }
        PaymentContext context = PaymentViews.context(view);
        PaymentGateway gateway = checked(method, context);
        if (!"reduced".equals(view.stockState())) {
            // Before any money moves: a failed order's units went back and an order made by staff took none, so take
            // them (a retry never charges for stock sold meanwhile: StockShortage rolls everything back) and count
            // its coupons under their limits; an order that holds its units has its hold renewed, so that the timer
            // does not cancel it while the customer completes the payment.
            view = statuses.holdStock(orderId);
        }
        order.setPaymentMethod(gateway.id());
        order.setPaymentMethodTitle(gateway.title());
        PaymentOutcome outcome = gateway.process(new PaymentRequest(orderId, view.orderKey(), view.currency(),
                view.totals().total(), view.billing().email(), paymentData == null ? Map.of() : Map.copyOf(paymentData),
                returnUrl(view, null), context));
        return switch (outcome.result()) {
            case SUCCESS -> succeeded(orderId, outcome);
            case FAILED -> {
                OrderView failed = statuses.paymentFailed(orderId, outcome.message());
                yield new PaymentResult("failed", null, outcome.message(), null, Map.of(), failed);
            }
            case REQUIRES_ACTION -> new PaymentResult("requires_action", null, "", outcome.actionType(),
                    outcome.actionData(), orders.view(order));
        };
    }

    private PaymentResult succeeded(long orderId, PaymentOutcome outcome) {
        OrderStatus status = OrderStatus.of(outcome.orderStatus()).filter(s -> !s.awaitsPayment())
                .orElse(OrderStatus.PROCESSING);
        OrderView paid = statuses.paymentComplete(orderId, status, outcome.transactionId());
        return new PaymentResult("success", returnUrl(paid, outcome.redirectUrl()), "", null, Map.of(), paid);
    }

    private PaymentGateway checked(String method, PaymentContext context) {
        PaymentGateway gateway = gateways.find(method == null ? "" : method)
                .orElseThrow(PaymentFailure.INVALID_PAYMENT_METHOD::exception);
        if (!gateway.enabled()) {
            throw PaymentFailure.PAYMENT_METHOD_DISABLED.exception();
        }
        if (!gateway.isAvailable(context)) {
            throw PaymentFailure.PAYMENT_METHOD_NOT_AVAILABLE.exception();
        }
        return gateway;
    }

    private String returnUrl(OrderView order, String gatewayUrl) {
        if (gatewayUrl != null) {
            return gatewayUrl;
        }
        Map<String, String> values = new HashMap<>();
        values.put("{order_id}", Long.toString(order.id()));
        values.put("{order_key}", order.orderKey());
        String url = returnUrl;
        for (Map.Entry<String, String> value : values.entrySet()) {
            url = url.replace(value.getKey(), value.getValue());
        }
        return url;
    }
}
