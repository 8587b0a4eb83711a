package org.headlesscart.payment.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.catalog.boundary.StockShortage;
import org.headlesscart.order.boundary.OrderFailure;
import org.headlesscart.order.control.OrderStore;
import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.payment.control.PaymentViews;
import org.headlesscart.payment.model.PaymentResult;
import org.headlesscart.payment.model.ReceivedOrder;

/**
 * The order-received routes (COCART-PLUS §1.3): showing a placed order to whoever holds its key, and paying a
 * pending or failed order later. Nobody reads or pays an order without its key, and a logged-in customer only their
 * own.
 */
@Stateless
public class OrderPaymentService {

    /** Longer than any key we issue ({@code wc_order_} + 13); a longer one is refused without a look-up. */
    static final int MAX_KEY_LENGTH = 64;

    @Inject
    OrderStore orders;

    @EJB
    PaymentService payments;

    /**
     * The order for its order-received page, with the gateways that may pay it when it needs payment.
     *
     * @param customerId the logged-in requester, 0 for a guest
     * @throws PaymentException ORDER_INVALID_PARAMS, ORDER_NOT_FOUND, ORDER_INVALID_KEY or ORDER_NOT_OWNED
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ReceivedOrder received(long orderId, String orderKey, long customerId) {
        checkParams(orderId, orderKey);
        CustomerOrder order = orders.find(orderId).orElseThrow(PaymentFailure.ORDER_NOT_FOUND::exception);
        checkAccess(order, orderKey, customerId);
        OrderView view = orders.view(order);
        return new ReceivedOrder(view, view.needsPayment() ? payments.methods(PaymentViews.context(view)) : List.of());
    }

    /**
     * Pays a pending or failed order through the method ({@code /pay}), under the order's row lock: a retry after a
     * decline takes the released stock again; a decline leaves the order failed and is answered, not thrown, so that
     * it is kept.
     *
     * @throws PaymentException as {@link #received}, ORDER_INVALID_STATUS, ORDER_NO_PAYMENT_NEEDED, or a
     *         payment-method reason
     * @throws org.headlesscart.order.boundary.OrderException PRODUCT_OUT_OF_STOCK or INSUFFICIENT_STOCK when a
     *         failed order's units can no longer be taken; COUPON_USAGE_LIMIT when its coupon is used up meanwhile
     */
    public PaymentResult pay(long orderId, String orderKey, long customerId, String method,
            Map<String, String> paymentData) {
        checkParams(orderId, orderKey);
        // The key is checked before the row is locked, so that wrong keys cannot hold anyone's order.
        checkAccess(orders.find(orderId).orElseThrow(PaymentFailure.ORDER_NOT_FOUND::exception), orderKey,
                customerId);
        CustomerOrder order = orders.lock(orderId).orElseThrow(PaymentFailure.ORDER_NOT_FOUND::exception);
        OrderView view = orders.view(order);
        if (!view.status().awaitsPayment()) {
            throw PaymentFailure.ORDER_INVALID_STATUS.exception();
        }
        if (!view.needsPayment()) {
            throw PaymentFailure.ORDER_NO_PAYMENT_NEEDED.exception();
        }
        try {
            return payments.pay(orderId, method, paymentData);
        } catch (StockShortage shortage) {
            // The failed order's units were sold meanwhile: nothing was charged, and the whole payment rolls back.
            throw shortage.outOfStock() ? OrderFailure.PRODUCT_OUT_OF_STOCK.exception(shortage.name())
                    : OrderFailure.INSUFFICIENT_STOCK.exception(shortage.name(), shortage.remaining());
        }
    }

    private static void checkParams(long orderId, String orderKey) {
        if (orderId <= 0 || orderKey == null || orderKey.isBlank()) {
            throw PaymentFailure.ORDER_INVALID_PARAMS.exception();
        }
    }

    /** WordPress's {@code hash_equals}: the comparison takes as long whichever character differs. */
    private static void checkAccess(CustomerOrder order, String orderKey, long customerId) {
        byte[] given = orderKey.getBytes(StandardCharsets.UTF_8);
        if (given.length > MAX_KEY_LENGTH
                || !MessageDigest.isEqual(order.getOrderKey().getBytes(StandardCharsets.UTF_8), given)) {
            throw PaymentFailure.ORDER_INVALID_KEY.exception();
        }
        if (customerId != 0 && order.getCustomerId() != customerId) {
            throw PaymentFailure.ORDER_NOT_OWNED.exception();
        }
    }
}
