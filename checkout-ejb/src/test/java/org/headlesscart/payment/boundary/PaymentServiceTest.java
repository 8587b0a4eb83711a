package org.headlesscart.payment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.order.boundary.OrderException;
import org.headlesscart.order.boundary.OrderFailure;
import org.headlesscart.order.boundary.OrderStatusService;
import org.headlesscart.order.control.OrderStore;
import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderTotals;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.payment.control.Gateways;
import org.headlesscart.payment.model.PaymentMethodView;
import org.headlesscart.payment.model.PaymentResult;
import org.headlesscart.payment.spi.PaymentContext;
import org.headlesscart.payment.spi.PaymentGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The payment boundary against in-memory gateways, order store and status service. */
class PaymentServiceTest {

    final CustomerOrder order = new CustomerOrder();
    final List<String> transitions = new ArrayList<>();
    final Map<String, String> settings = new java.util.HashMap<>(Map.of(
            "headlesscart.payment.testcard.enabled", "true",
            "headlesscart.payment.cod.enable-for-methods", "local_pickup"));
    final PaymentService service = new PaymentService();

    static PaymentContext context(String... rates) {
        return new PaymentContext("US", "US", "USD", 3600, List.of(rates));
    }

    @BeforeEach
    void wire() {
        order.setStatus("pending");
        order.setOrderKey("wc_order_abcdefghijklm");
        order.setTotal(3600);
        order.setShippingLinesJson("flat_rate:1");
        service.returnUrl = "/wp-json/cocart/v2/order-received/{order_id}?order_key={order_key}";
        service.gateways = new Gateways() {
            @Override
            public List<PaymentGateway> all() {
                return FakeGateways.builtIns(settings);
            }
        };
        service.orders = new OrderStore() {
            @Override
            public Optional<CustomerOrder> lock(long id) {
                return id == 7 ? Optional.of(order) : Optional.empty();
            }

            @Override
            public OrderView view(CustomerOrder o) {
                return view(o.getStatus());
            }

            OrderView view(String status) {
                List<OrderLines.Shipping> shipping = List.of(new OrderLines.Shipping(1, order.getShippingLinesJson(),
                        "flat_rate", 1, "Flat rate", 500, 0, Map.of(), ""));
                return new OrderView(7, "7", order.getOrderKey(), OrderStatus.of(status).orElseThrow(), "USD", false,
                        0, "checkout", "k", "h", OrderAddress.EMPTY, OrderAddress.EMPTY, order.getPaymentMethod(),
                        order.getPaymentMethodTitle(), "", "", "", "", new OrderTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        order.getTotal(), 0), List.of(), shipping, List.of(), List.of(), List.of(), "held", null,
                        Instant.EPOCH, Instant.EPOCH, null, null, 0);
            }
        };
        service.statuses = new OrderStatusService() {
            @Override
            public OrderView holdStock(long orderId) {
                transitions.add("hold " + orderId);
                return service.orders.view(order);
            }

            @Override
            public OrderView paymentComplete(long orderId, OrderStatus status, String transactionId) {
                transitions.add("complete " + orderId + " " + status.wire() + " " + transactionId);
                order.setStatus(status.wire());
                return service.orders.view(order);
            }

            @Override
            public OrderView paymentFailed(long orderId, String reason) {
                transitions.add("failed " + orderId + " " + reason);
                order.setStatus("failed");
                return service.orders.view(order);
            }
        };
    }

    @Test
    void methodsListsEnabledAvailableGatewaysInOrder() {
        assertEquals(List.of("bacs", "cheque", "testcard"), service.methods(context("flat_rate:1")).stream()
                .map(PaymentMethodView::id).toList(), "cod is restricted to local pickup");
        assertEquals(List.of("bacs", "cheque", "cod", "testcard"), service.methods(context("local_pickup:2"))
                .stream().map(PaymentMethodView::id).toList());
        settings.put("headlesscart.payment.testcard.enabled", "false");
        assertEquals(List.of("bacs", "cheque"), service.methods(context("flat_rate:1")).stream()
                .map(PaymentMethodView::id).toList());
    }

    @Test
    void checkNamesEveryReason() {
        service.check("bacs", context("flat_rate:1"));
        assertEquals(PaymentFailure.INVALID_PAYMENT_METHOD,
                assertThrows(PaymentException.class, () -> service.check("stripe", context())).failure());
        assertEquals(PaymentFailure.INVALID_PAYMENT_METHOD,
                assertThrows(PaymentException.class, () -> service.check(null, context())).failure());
        assertEquals(PaymentFailure.PAYMENT_METHOD_NOT_AVAILABLE, assertThrows(PaymentException.class,
                () -> service.check("cod", context("flat_rate:1"))).failure());
        settings.put("headlesscart.payment.bacs.enabled", "false");
        PaymentException disabled = assertThrows(PaymentException.class, () -> service.check("bacs", context()));
        assertEquals(PaymentFailure.PAYMENT_METHOD_DISABLED, disabled.failure());
        assertEquals("This payment method is currently disabled.", disabled.getMessage());
    }

    @Test
    void successMovesTheOrderToTheGatewaysStatusAndRecordsTheMethod() {
        PaymentResult result = service.pay(7, "bacs", Map.of());
        assertEquals("success", result.paymentStatus());
        assertEquals("/wp-json/cocart/v2/order-received/7?order_key=wc_order_abcdefghijklm", result.redirectUrl());
        assertEquals(List.of("hold 7", "complete 7 on-hold "), transitions,
                "units held (or the hold renewed) before any money moves");
        assertEquals("bacs", order.getPaymentMethod());
        assertEquals("Direct bank transfer", order.getPaymentMethodTitle());
        assertEquals(OrderStatus.ON_HOLD, result.order().status());
    }

    @Test
    void testCardSuccessProcessesWithATransaction() {
        PaymentResult result = service.pay(7, "testcard", Map.of("card_number", "4242424242424242"));
        assertEquals("success", result.paymentStatus());
        assertTrue(transitions.get(1).startsWith("complete 7 processing tc_"), transitions.toString());
    }

    @Test
    void declineFailsTheOrderWithTheGatewaysMessage() {
        PaymentResult result = service.pay(7, "testcard", Map.of("card_number", "4000000000000002"));
        assertEquals("failed", result.paymentStatus());
        assertEquals("Your card was declined.", result.message());
        assertNull(result.redirectUrl());
        assertEquals(List.of("hold 7", "failed 7 Your card was declined."), transitions);
        assertEquals("testcard", order.getPaymentMethod());
    }

    @Test
    void requiredActionLeavesTheOrderAsItIsThenAFailedOrderCanBePaid() {
        PaymentResult action = service.pay(7, "testcard", Map.of("card_number", "4000000000003220"));
        assertEquals("requires_action", action.paymentStatus());
        assertEquals("testcard_confirm_payment", action.actionType());
        assertTrue(action.actionData().get("client_secret").startsWith("tc_7_secret_"));
        assertEquals(List.of("hold 7"), transitions, "the hold renewed while the customer acts, nothing moved");
        assertEquals(OrderStatus.PENDING, action.order().status());
        transitions.clear();

        order.setStatus("failed");
        PaymentResult confirmed = service.pay(7, "testcard", Map.of("client_secret",
                action.actionData().get("client_secret")));
        assertEquals("success", confirmed.paymentStatus());
        assertEquals("hold 7", transitions.get(0), "a failed order takes its units again before paying");
        assertEquals(OrderStatus.PROCESSING, confirmed.order().status());
    }

    @Test
    void nothingToPayCompletesWhateverTheMethod() {
        order.setTotal(0);
        PaymentResult result = service.pay(7, "", Map.of());
        assertEquals("no_payment_required", result.paymentStatus());
        assertEquals(List.of("complete 7 processing "), transitions);
    }

    @Test
    void refusesUnknownOrdersPaidOrdersAndBadMethodsWithoutMovingAnything() {
        assertEquals(OrderFailure.ORDER_NOT_FOUND,
                assertThrows(OrderException.class, () -> service.pay(8, "bacs", Map.of())).failure());
        assertEquals(PaymentFailure.INVALID_PAYMENT_METHOD,
                assertThrows(PaymentException.class, () -> service.pay(7, "nope", Map.of())).failure());
        assertEquals(PaymentFailure.PAYMENT_METHOD_NOT_AVAILABLE,
                assertThrows(PaymentException.class, () -> service.pay(7, "cod", Map.of())).failure());
        order.setStatus("processing");
        assertEquals(OrderFailure.INVALID_STATUS_CHANGE,
                assertThrows(OrderException.class, () -> service.pay(7, "bacs", Map.of())).failure());
        assertEquals(List.of(), transitions);
        assertNull(order.getPaymentMethod());
    }
}
