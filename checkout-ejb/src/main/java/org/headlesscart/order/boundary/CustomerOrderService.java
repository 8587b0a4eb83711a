package org.headlesscart.order.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.order.control.OrderStore;
import org.headlesscart.order.control.OrderViews;
import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.entity.OrderLine;
import org.headlesscart.order.entity.OrderNote;
import org.headlesscart.order.model.CustomerOrderPage;
import org.headlesscart.order.model.CustomerSummary;
import org.headlesscart.order.model.OrderNoteView;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderView;

/**
 * Orders as their customers see them (My Account, docs/my-account.md), and whether someone bought a product (reviews'
 * verified purchase). Nobody reads an order that is not theirs: a customer's own orders by their id, a guest's order
 * by its id together with its billing e-mail; any other order answers as if it did not exist.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CustomerOrderService {

    /**
     * Who asks: a logged-in customer's id, or 0 with the e-mail a guest gave and, for what more than reading needs
     * (cancel, the order key and pay link shown), the order key from the guest's checkout answer or e-mail.
     */
    public record Requester(long customerId, String email, String orderKey) {

        public static Requester customer(long id) {
            return new Requester(id, null, null);
        }

        public static Requester guest(String email, String orderKey) {
            return new Requester(0, email, orderKey);
        }

        /**
         * Whether the requester holds the order: its customer, or a guest who gave its key (compared in constant
         * time, as WordPress's {@code hash_equals}). An e-mail alone lets a guest read an order, not act on it:
         * order ids count up, so an id and a known e-mail must not be enough to cancel someone's order.
         */
        public boolean holds(OrderView order) {
            if (customerId > 0) {
                return order.customerId() == customerId;
            }
            return orderKey != null && orderKey.length() <= 64 && java.security.MessageDigest.isEqual(
                    order.orderKey().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    orderKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Inject
    OrderStore orders;

    @EJB
    OrderStatusService statuses;

    /**
     * One page of the customer's orders, newest first unless {@code ascending}; three statements whatever the page
     * size: the count, the orders, and every line of the page's orders in one query.
     *
     * @throws OrderException ACCOUNT_NO_ORDERS when the customer has none
     */
    public CustomerOrderPage ordersOf(long customerId, int page, int perPage, boolean ascending) {
        long total = summaryRow(customerId).ordersCount();
        if (total == 0) {
            throw OrderFailure.ACCOUNT_NO_ORDERS.exception();
        }
        List<CustomerOrder> rows = orders.em()
                .createNamedQuery(ascending ? CustomerOrder.OF_CUSTOMER_ASC : CustomerOrder.OF_CUSTOMER_DESC,
                        CustomerOrder.class)
                .setParameter("customerId", customerId)
                .setFirstResult((page - 1) * perPage).setMaxResults(perPage).getResultList();
        Map<Long, List<OrderLine>> lines = rows.isEmpty() ? Map.of() : orders.em()
                .createNamedQuery(OrderLine.OF_ORDERS, OrderLine.class)
                .setParameter("orderIds", rows.stream().map(CustomerOrder::getId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(OrderLine::getOrderId, LinkedHashMap::new, Collectors.toList()));
        List<OrderView> views = rows.stream()
                .map(row -> OrderViews.of(row, lines.getOrDefault(row.getId(), List.of()))).toList();
        return new CustomerOrderPage(views, total, page, perPage);
    }

    /** The customer's order count, spending and newest order; one statement. */
    public CustomerSummary summary(long customerId) {
        return summaryRow(customerId);
    }

    /**
     * The order, if the requester may see it.
     *
     * @throws OrderException ACCOUNT_ORDER_NOT_FOUND when it does not exist or is not the requester's
     */
    public OrderView order(long orderId, Requester requester) {
        return orders.find(orderId).filter(order -> visibleTo(order, requester)).map(orders::view)
                .orElseThrow(() -> OrderFailure.ACCOUNT_ORDER_NOT_FOUND.exception(orderId));
    }

    /** The notes of an order the customer sees (added for the customer), oldest first; call after {@link #order}. */
    public List<OrderNoteView> customerNotes(long orderId) {
        return orders.em().createNamedQuery(OrderNote.FOR_CUSTOMER, OrderNote.class).setParameter("orderId", orderId)
                .getResultStream().map(note -> new OrderNoteView(note.getCreatedAt(), note.getNote())).toList();
    }

    /**
     * The customer cancels their order, as WooCommerce's "Cancel" button in My Account: only while it is pending or
     * failed. The order row is locked before its status is read, so a payment that lands meanwhile is not undone;
     * {@link OrderStatusService#changeStatus} gives the stock back and records the change.
     *
     * @throws OrderException ACCOUNT_ORDER_NOT_FOUND as {@link #order}, ACCOUNT_ORDER_NOT_CANCELLABLE
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public OrderView cancel(long orderId, Requester requester) {
        // Checked before the lock, so that nobody can hold another's order row with guesses.
        orders.find(orderId).filter(found -> visibleTo(found, requester)).map(orders::view)
                .filter(requester::holds)
                .orElseThrow(() -> OrderFailure.ACCOUNT_ORDER_NOT_FOUND.exception(orderId));
        CustomerOrder order = orders.lock(orderId).filter(found -> visibleTo(found, requester))
                .orElseThrow(() -> OrderFailure.ACCOUNT_ORDER_NOT_FOUND.exception(orderId));
        if (!OrderStatus.of(order.getStatus()).map(OrderStatus::awaitsPayment).orElse(false)) {
            throw OrderFailure.ACCOUNT_ORDER_NOT_CANCELLABLE.exception();
        }
        return statuses.changeStatus(orderId, OrderStatus.CANCELLED, "customer",
                "Order cancelled by customer.");
    }

    /**
     * Whether a paid order (processing or completed) holds the product or a variation of it, placed by this
     * customer or with this billing e-mail: WooCommerce's {@code wc_customer_bought_product}, what makes a review a
     * verified purchase.
     *
     * @param customerId the customer's id, or 0 for none
     * @param email      the e-mail given, or null
     */
    public boolean hasBought(long customerId, String email, long productId) {
        if (customerId > 0 && count(CustomerOrder.BOUGHT_BY_CUSTOMER, "customerId", customerId, productId) > 0) {
            return true;
        }
        String address = email == null ? "" : email.strip();
        return !address.isEmpty() && count(CustomerOrder.BOUGHT_BY_EMAIL, "email", address, productId) > 0;
    }

    private long count(String query, String parameter, Object value, long productId) {
        return orders.em().createNamedQuery(query, Long.class).setParameter(parameter, value)
                .setParameter("productId", productId).getSingleResult();
    }

    /**
     * A customer's own orders, whoever placed them; a guest's only through a guest order's billing e-mail (knowing
     * an id and an e-mail must not open a registered customer's order). E-mails compare without case, as MariaDB's
     * collation and WooCommerce compare them.
     */
    static boolean visibleTo(CustomerOrder order, Requester requester) {
        if (requester.customerId() > 0) {
            return order.getCustomerId() == requester.customerId();
        }
        String email = requester.email() == null ? "" : requester.email().strip();
        return order.getCustomerId() == 0 && !email.isEmpty() && email.equalsIgnoreCase(order.getBillingEmail());
    }

    private CustomerSummary summaryRow(long customerId) {
        Object[] row = orders.em().createNamedQuery(CustomerOrder.SUMMARY_OF_CUSTOMER, Object[].class)
                .setParameter("customerId", customerId).getSingleResult();
        return new CustomerSummary(number(row[0]), number(row[1]), number(row[2]) > 0, number(row[3]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
