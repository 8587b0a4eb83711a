package org.headlesscart.payment.boundary;

import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;

import org.headlesscart.payment.model.PaymentMethodView;
import org.headlesscart.payment.model.PaymentResult;
import org.headlesscart.payment.spi.PaymentContext;

/**
 * The payment component's boundary: the gateways a checkout may use, and paying an order through one
 * (COCART-PLUS §1.3, §1.5, §4.5 step 7).
 */
@Stateless
public class PaymentService {

    /** The enabled gateways available for the context, in the store's order (payment-methods route). */
    public List<PaymentMethodView> methods(PaymentContext context) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Checks that the method may pay: known, enabled, available for the context.
     *
     * @throws PaymentException INVALID_PAYMENT_METHOD, PAYMENT_METHOD_DISABLED or PAYMENT_METHOD_NOT_AVAILABLE
     */
    public void check(String method, PaymentContext context) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Pays the placed order through the method and moves it accordingly (success → the gateway's status, stock
     * sold; failed → {@code failed}, stock released; requires action → left pending), in the caller's transaction.
     */
    public PaymentResult pay(long orderId, String method, Map<String, String> paymentData) {
        throw new UnsupportedOperationException("not yet");
    }
}
