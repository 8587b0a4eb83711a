package org.headlesscart.order.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.entity.OrderLine;
import org.headlesscart.order.entity.OrderRefund;
import org.headlesscart.order.entity.OrderTrash;
import org.headlesscart.order.model.AdminOrderView;
import org.headlesscart.order.model.OrderPage;
import org.headlesscart.order.model.OrderQuery;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.RefundView;

/**
 * The orders admin's list: one named query per sort ({@link CustomerOrder#ADMIN_FILTER}), its count, and the lines
 * and refunds of the whole page in one statement each, whatever the page size: four statements a page.
 */
@Dependent
public class AdminOrderList {

    /** Fills a list parameter the filter does not use: JPQL's IN needs at least one value. */
    private static final List<Long> NO_IDS = List.of(0L);

    @Inject
    OrderStore store;

    /** How many orders match, one statement: for a paged table that asks for the count before the page. */
    public long count(OrderQuery q) {
        return bind(store.em().createNamedQuery(CustomerOrder.ADMIN_COUNT, Long.class), q).getSingleResult();
    }

    public OrderPage list(OrderQuery q) {
        long total = bind(store.em().createNamedQuery(CustomerOrder.ADMIN_COUNT, Long.class), q).getSingleResult();
        List<CustomerOrder> orders;
        if ("include".equals(q.orderBy()) && !q.include().isEmpty()) {
            // The include list is the order: sorted here, as the ids are few (they came in the URL).
            List<CustomerOrder> all = new ArrayList<>(bind(store.em().createNamedQuery(CustomerOrder.ADMIN_BY_ID_ASC,
                    CustomerOrder.class), q).getResultList());
            all.sort(Comparator.comparingInt(o -> q.include().indexOf(o.getId())));
            int from = (int) Math.min(all.size(), (long) (q.page() - 1) * q.perPage());
            orders = all.subList(from, Math.min(all.size(), from + q.perPage()));
        } else {
            orders = bind(store.em().createNamedQuery(sort(q), CustomerOrder.class), q)
                    .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) (q.page() - 1) * q.perPage()))
                    .setMaxResults(q.perPage()).getResultList();
        }
        return new OrderPage(views(orders, q.trash()), total);
    }

    /** The orders with their lines and refunds, in the order given: two statements. */
    public List<AdminOrderView> views(List<CustomerOrder> orders, boolean trashed) {
        if (orders.isEmpty()) {
            return List.of();
        }
        List<Long> ids = orders.stream().map(CustomerOrder::getId).toList();
        Map<Long, List<OrderLine>> lines = new LinkedHashMap<>();
        store.em().createNamedQuery(OrderLine.OF_ORDERS, OrderLine.class).setParameter("orderIds", ids)
                .getResultList().forEach(l -> lines.computeIfAbsent(l.getOrderId(), k -> new ArrayList<>()).add(l));
        Map<Long, List<RefundView>> refunds = new LinkedHashMap<>();
        store.em().createNamedQuery(OrderRefund.OF_ORDERS, OrderRefund.class).setParameter("orderIds", ids)
                .getResultList().forEach(r -> refunds.computeIfAbsent(r.getOrderId(), k -> new ArrayList<>())
                        .add(RefundJson.view(r)));
        return orders.stream().map(o -> new AdminOrderView(OrderViews.of(o, lines.getOrDefault(o.getId(), List.of())),
                refunds.getOrDefault(o.getId(), List.of()), trashed)).toList();
    }

    /** Which of the ids are in the trash. */
    public Set<Long> trashed(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(store.em().createNamedQuery(OrderTrash.AMONG, Long.class).setParameter("orderIds", ids)
                .getResultList());
    }

    private static String sort(OrderQuery q) {
        return switch (q.orderBy() == null ? "date" : q.orderBy()) {
            case "id", "include" -> q.ascending() ? CustomerOrder.ADMIN_BY_ID_ASC : CustomerOrder.ADMIN_BY_ID_DESC;
            case "modified" -> q.ascending() ? CustomerOrder.ADMIN_BY_MODIFIED_ASC
                    : CustomerOrder.ADMIN_BY_MODIFIED_DESC;
            default -> q.ascending() ? CustomerOrder.ADMIN_BY_DATE_ASC : CustomerOrder.ADMIN_BY_DATE_DESC;
        };
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, OrderQuery q) {
        String search = q.search() == null || q.search().isBlank() ? null : q.search().trim();
        return query.setParameter("anyStatus", q.statuses().isEmpty())
                .setParameter("statuses", q.statuses().isEmpty() ? List.of("-")
                        : q.statuses().stream().map(OrderStatus::wire).toList())
                .setParameter("trash", q.trash())
                .setParameter("customer", q.customer())
                .setParameter("product", q.product())
                .setParameter("after", q.after())
                .setParameter("before", q.before())
                .setParameter("modifiedAfter", q.modifiedAfter())
                .setParameter("modifiedBefore", q.modifiedBefore())
                .setParameter("anyId", q.include().isEmpty())
                .setParameter("include", q.include().isEmpty() ? NO_IDS : q.include())
                .setParameter("exclude", q.exclude().isEmpty() ? NO_IDS : q.exclude())
                .setParameter("search", search == null ? null : "%" + escape(search) + "%")
                .setParameter("exact", search == null ? "" : search);
    }

    /** LIKE's wildcards taken literally, with {@code !} as the escape character. */
    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
