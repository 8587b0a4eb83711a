package org.headlesscart.payment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.catalog.boundary.StockShortage;
import org.headlesscart.order.boundary.OrderException;
import org.headlesscart.order.boundary.OrderFailure;
import org.headlesscart.order.control.OrderStore;
import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.payment.model.PaymentMethodView;
import org.headlesscart.payment.model.PaymentResult;
import org.headlesscart.payment.model.ReceivedOrder;
import org.headlesscart.payment.spi.PaymentContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may see and pay an order on the order-received routes. */
class OrderPaymentServiceTest {

    static final String KEY = "wc_order_abcdefghijklm";

    final PaymentServiceTest fixture = new PaymentServiceTest();
    final OrderPaymentService service = new OrderPaymentService();
    final CustomerOrder order = fixture.order;

    @BeforeEach
    void wire() {
        fixture.wire();
        OrderStore store = fixture.service.orders;
        service.orders = new OrderStore() {
            @Override
            public Optional<CustomerOrder> find(long id) {
                return store.lock(id);
            }

            @Override
            public Optional<CustomerOrder> lock(long id) {
                return store.lock(id);
            }

            @Override
            public OrderView view(CustomerOrder o) {
                return store.view(o);
            }
        };
        service.payments = new PaymentService() {
            @Override
            public List<PaymentMethodView> methods(PaymentContext context) {
                return fixture.service.methods(context);
            }

            @Override
            public PaymentResult pay(long orderId, String method, Map<String, String> paymentData) {
                if ("sold-out".equals(method)) {
                    throw new StockShortage(12, "Hoodie", 1);
                }
                return fixture.service.pay(orderId, method, paymentData);
            }
        };
    }

    static PaymentFailure refusal(Runnable call) {
        return assertThrows(PaymentException.class, call::run).failure();
    }

    @Test
    void theKeyOpensTheOrderAndListsMethodsWhileItNeedsPayment() {
        ReceivedOrder received = service.received(7, KEY, 0);
        assertEquals(7, received.order().id());
        assertEquals(List.of("bacs", "cheque", "testcard"), received.paymentMethods().stream()
                .map(PaymentMethodView::id).toList());
        order.setStatus("processing");
        assertEquals(List.of(), service.received(7, KEY, 0).paymentMethods());
    }

    @Test
    void missingKeysUnknownOrdersForeignKeysAndOtherCustomersAreRefused() {
        assertEquals(PaymentFailure.ORDER_INVALID_PARAMS, refusal(() -> service.received(7, null, 0)));
        assertEquals(PaymentFailure.ORDER_INVALID_PARAMS, refusal(() -> service.received(7, " ", 0)));
        assertEquals(PaymentFailure.ORDER_INVALID_PARAMS, refusal(() -> service.received(0, KEY, 0)));
        assertEquals(PaymentFailure.ORDER_NOT_FOUND, refusal(() -> service.received(8, KEY, 0)));
        assertEquals(PaymentFailure.ORDER_INVALID_KEY, refusal(() -> service.received(7, KEY + "x", 0)));
        assertEquals(PaymentFailure.ORDER_INVALID_KEY, refusal(() -> service.received(7, "wc_order_abcdefghijkl", 0)));
        assertEquals(PaymentFailure.ORDER_INVALID_KEY, refusal(() -> service.received(7, "k".repeat(10_000), 0)));
        assertEquals(PaymentFailure.ORDER_NOT_OWNED, refusal(() -> service.received(7, KEY, 5)),
                "a logged-in customer sees only their own orders");
        order.setCustomerId(5);
        assertEquals(7, service.received(7, KEY, 5).order().id());
        assertEquals(7, service.received(7, KEY, 0).order().id(), "a guest with the key, as WooCommerce");
        assertEquals(PaymentFailure.ORDER_NOT_OWNED, refusal(() -> service.received(7, KEY, 6)));
        assertEquals(PaymentFailure.ORDER_NOT_OWNED, refusal(() -> service.pay(7, KEY, 6, "bacs", Map.of())));
    }

    @Test
    void unitsSoldMeanwhileAreTheContractsStockError() {
        order.setStatus("failed");
        OrderException shortage = assertThrows(OrderException.class,
                () -> service.pay(7, KEY, 0, "sold-out", Map.of()));
        assertEquals(OrderFailure.INSUFFICIENT_STOCK, shortage.failure());
        assertEquals("Insufficient stock for \"Hoodie\". Only 1 remaining.", shortage.getMessage());
    }

    @Test
    void onlyUnpaidOrdersWithSomethingToPayArePaid() {
        order.setStatus("on-hold");
        assertEquals(PaymentFailure.ORDER_INVALID_STATUS, refusal(() -> service.pay(7, KEY, 0, "bacs", Map.of())));
        order.setStatus("failed");
        order.setTotal(0);
        assertEquals(PaymentFailure.ORDER_NO_PAYMENT_NEEDED, refusal(() -> service.pay(7, KEY, 0, "bacs", Map.of())));
        order.setTotal(3600);
        assertEquals(PaymentFailure.ORDER_INVALID_KEY, refusal(() -> service.pay(7, "nope", 0, "bacs", Map.of())));
        assertEquals(List.of(), fixture.transitions, "nothing moved");

        PaymentResult paid = service.pay(7, KEY, 0, "testcard", Map.of("card_number", "4242424242424242"));

        assertEquals("success", paid.paymentStatus());
        assertEquals("processing", order.getStatus());
        assertEquals("hold 7", fixture.transitions.get(0));
    }
}
