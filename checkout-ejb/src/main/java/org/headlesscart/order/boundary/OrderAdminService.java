package org.headlesscart.order.boundary;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.headlesscart.catalog.boundary.CatalogRevisionService;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.boundary.PurchasableService;
import org.headlesscart.catalog.boundary.StockService;
import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.order.control.AdminOrderList;
import org.headlesscart.order.control.AdminOrderPricing;
import org.headlesscart.order.control.OrderHoldings;
import org.headlesscart.order.control.OrderJson;
import org.headlesscart.order.control.OrderStore;
import org.headlesscart.order.control.OrderTransitions;
import org.headlesscart.order.control.OrderViews;
import org.headlesscart.order.control.RefundJson;
import org.headlesscart.order.control.RefundMath;
import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.entity.OrderLine;
import org.headlesscart.order.entity.OrderNote;
import org.headlesscart.order.entity.OrderRefund;
import org.headlesscart.order.entity.OrderStatusChange;
import org.headlesscart.order.entity.OrderStock;
import org.headlesscart.order.entity.OrderTrash;
import org.headlesscart.order.model.AdminOrderView;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderDraft;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderNoteAdminView;
import org.headlesscart.order.model.OrderPage;
import org.headlesscart.order.model.OrderQuery;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderStatusStep;
import org.headlesscart.order.model.RefundDraft;
import org.headlesscart.order.model.RefundView;
import org.headlesscart.pricing.boundary.CouponUsageService;
import org.headlesscart.pricing.boundary.PricingService;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.platform.outbox.Outbox;

/**
 * The orders admin (wc/v3/orders, docs/orders-admin.md): list, read, create, change, trash and delete orders, their
 * notes and refunds. Status changes go through {@link OrderStatusService}, stock through {@link StockService}, so
 * an order moved here moves its stock exactly as one moved by checkout. Writes lock the order row first.
 */
@Stateless
public class OrderAdminService {

    static final String TRASH = "trash";
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OrderStore store;

    @Inject
    AdminOrderList list;

    @Inject
    OrderStatusService statuses;

    @Inject
    StockService stock;

    @Inject
    OrderHoldings holdings;

    @Inject
    CouponUsageService couponUsage;

    @Inject
    CatalogRevisionService revisions;

    @Inject
    PurchasableService purchasables;

    @Inject
    PricingService pricing;

    @Inject
    CatalogService catalog;

    @Inject
    Outbox outbox;

    /** A page of orders: four statements whatever the page size. */
    public OrderPage list(OrderQuery query) {
        return list.list(query);
    }

    /** The statuses an order in {@code from} may move to (docs/orders.md "Statuses"), in WooCommerce's order. */
    public List<OrderStatus> nextStatuses(OrderStatus from) {
        return java.util.Arrays.stream(OrderStatus.values()).filter(to -> OrderTransitions.allowed(from, to)).toList();
    }

    /** How many orders the query matches (its page and sort ignored): one statement. */
    public long count(OrderQuery query) {
        return list.count(query);
    }

    /** @throws OrderException ADMIN_ORDER_NOT_FOUND */
    public AdminOrderView get(long id) {
        return view(store.find(id).orElseThrow(() -> OrderFailure.ADMIN_ORDER_NOT_FOUND.exception()));
    }

    /**
     * A new order: lines priced from the catalog now, coupons and fees by pricing, shipping lines as given, then the
     * status asked (through {@link OrderStatusService#changeStatus}) and, with {@code set_paid}, the payment.
     *
     * @throws OrderException PRODUCT_ID_REQUIRED, PRODUCT_INVALID, PRODUCT_QUANTITY_INVALID, COUPON_INVALID,
     *         INVALID_STATUS_CHANGE
     */
    public AdminOrderView create(OrderDraft draft, String actor) {
        StoreView shop = catalog.storeDetails();
        PricingRules rules = pricing.rules();
        int decimals = shop.currency().minorUnit();
        List<AdminOrderPricing.Wanted> wanted = wanted(draft.lines() == null ? List.of() : draft.lines());
        List<Coupon> coupons = coupons(draft.couponCodes() == null ? List.of() : draft.couponCodes());
        List<AdminOrderPricing.Fee> fees = new ArrayList<>();
        for (OrderDraft.FeeLine f : draft.feeLines() == null ? List.<OrderDraft.FeeLine>of() : draft.feeLines()) {
            fees.add(new AdminOrderPricing.Fee(f.name() == null ? "" : f.name(), f.taxClass() == null ? ""
                    : f.taxClass(), !"none".equals(f.taxStatus()), minor(f.total(), decimals)));
        }
        List<AdminOrderPricing.Shipping> shipping = new ArrayList<>();
        for (OrderDraft.ShippingLine s : draft.shippingLines() == null ? List.<OrderDraft.ShippingLine>of()
                : draft.shippingLines()) {
            shipping.add(new AdminOrderPricing.Shipping(s.methodId() == null ? "" : s.methodId(),
                    s.methodTitle() == null ? "" : s.methodTitle(), minor(s.total(), decimals)));
        }
        OrderAddress billing = address(OrderAddress.EMPTY, draft.billing());
        OrderAddress shippingAddress = address(OrderAddress.EMPTY, draft.shipping());
        Location base = rules.settings().base();
        Location billedAt = location(billing, base);
        Location shippedAt = shippingAddress.country().isEmpty() ? billedAt : location(shippingAddress, base);
        long customerId = draft.customerId() == null ? 0 : draft.customerId();
        PricedCart priced = pricing.price(rules, AdminOrderPricing.input(wanted, coupons, fees, shippedAt, billedAt,
                customerId, billing.email()));
        AdminOrderPricing.Priced figures = AdminOrderPricing.of(rules, wanted, priced, fees, shipping);

        Instant now = Instant.now();
        CustomerOrder order = new CustomerOrder();
        order.setOrderKey(orderKey());
        order.setStatus(OrderStatus.PENDING.wire());
        order.setCurrency(shop.currency().code());
        order.setPricesIncludeTax(rules.settings().pricesIncludeTax());
        order.setCustomerId(customerId);
        order.setCreatedVia("rest-api");
        OrderViews.setBilling(order, billing);
        OrderViews.setShipping(order, shippingAddress);
        order.setPaymentMethod(orEmpty(draft.paymentMethod()));
        order.setPaymentMethodTitle(orEmpty(draft.paymentMethodTitle()));
        order.setTransactionId(orEmpty(draft.transactionId()));
        order.setCustomerNote(orEmpty(draft.customerNote()));
        order.setCustomerIp("");
        order.setCustomerUserAgent("");
        setTotals(order, figures);
        order.setShippingLinesJson(OrderJson.shippingLines(figures.shipping()));
        order.setFeeLinesJson(OrderJson.feeLines(figures.fees()));
        order.setCouponLinesJson(OrderJson.couponLines(figures.coupons()));
        order.setTaxLinesJson(OrderJson.taxLines(figures.taxes()));
        order.setStockState("none");
        order.setCreatedAt(now);
        order.setUpdatedAt(now);
        store.persist(order);
        int position = 0;
        for (OrderLines.Product l : figures.lines()) {
            store.persist(line(order.getId(), position++, l));
        }
        store.flush();
        // First, so that the status moves below count as part of the creation (the outbox drops them).
        outbox.record("order.created", order.getId());
        note(order.getId(), "Order created by " + actor + " through the REST API.", false, false, "system");
        if (TRASH.equals(draft.status())) {
            trash(order);
        } else {
            moveTo(order.getId(), draft, actor, OrderStatus.PENDING);
        }
        return get(order.getId());
    }

    /**
     * Changes the fields sent. {@code expectedVersion} (from {@code If-Match}) must still be the order's version.
     * Status {@code trash} trashes; any other status takes the order out of the trash and moves it there through
     * {@link OrderStatusService#changeStatus}; {@code set_paid} on an unpaid order completes its payment. Product
     * lines are not changed once the order exists (refunds change what it is worth).
     *
     * @throws OrderException ORDER_TO_UPDATE_NOT_FOUND, ORDER_MODIFIED, INVALID_STATUS_CHANGE
     */
    public AdminOrderView update(long id, OrderDraft draft, Integer expectedVersion, String actor) {
        CustomerOrder order = store.lock(id).orElseThrow(() -> OrderFailure.ORDER_TO_UPDATE_NOT_FOUND.exception());
        if (expectedVersion != null && expectedVersion != order.getVersion()) {
            throw OrderFailure.ORDER_MODIFIED.exception();
        }
        OrderStatus before = OrderStatus.of(order.getStatus()).orElseThrow();
        if (draft.billing() != null) {
            OrderViews.setBilling(order, address(OrderViews.billing(order), draft.billing()));
        }
        if (draft.shipping() != null) {
            OrderViews.setShipping(order, address(OrderViews.shipping(order), draft.shipping()));
        }
        if (draft.customerId() != null) {
            order.setCustomerId(draft.customerId());
        }
        if (draft.paymentMethod() != null) {
            order.setPaymentMethod(draft.paymentMethod());
        }
        if (draft.paymentMethodTitle() != null) {
            order.setPaymentMethodTitle(draft.paymentMethodTitle());
        }
        if (draft.transactionId() != null) {
            order.setTransactionId(draft.transactionId());
        }
        if (draft.customerNote() != null) {
            order.setCustomerNote(draft.customerNote());
        }
        order.setUpdatedAt(Instant.now());
        store.flush();
        if (TRASH.equals(draft.status())) {
            trash(order);
            outbox.record("order.deleted", id);
        } else {
            boolean untrashed = store.em().find(OrderTrash.class, id) != null;
            if (untrashed && draft.status() != null) {
                store.em().remove(store.em().find(OrderTrash.class, id));
                store.flush();
            }
            moveTo(id, draft, actor, before);
            // WooCommerce's "restored" is the order leaving the trash (untrashed_post).
            outbox.record(untrashed && draft.status() != null ? "order.restored" : "order.updated", id);
        }
        return get(id);
    }

    /**
     * Trashes the order, or with {@code force} deletes it with its lines, notes and refunds; stock it still holds
     * goes back first. The order as it was.
     *
     * @throws OrderException ADMIN_ORDER_NOT_FOUND, ORDER_ALREADY_TRASHED
     */
    public AdminOrderView delete(long id, boolean force) {
        CustomerOrder order = store.lock(id).orElseThrow(() -> OrderFailure.ADMIN_ORDER_NOT_FOUND.exception());
        AdminOrderView before = view(order);
        if (!force) {
            if (before.trashed()) {
                throw OrderFailure.ORDER_ALREADY_TRASHED.exception();
            }
            trash(order);
            outbox.record("order.deleted", id);
            return get(id);
        }
        // Coupons before products, the revision last: the lock order of every order path (docs/orders.md).
        boolean bump = false;
        if (order.isCouponsCounted()) {
            var uses = holdings.couponUses(order);
            bump = !uses.isEmpty() && couponUsage.release(uses);
        }
        if ("held".equals(order.getStockState())) {
            Map<Long, Integer> units = new LinkedHashMap<>();
            stockOf(id).forEach(s -> units.merge(s.getProductId(), s.getQuantity(), Integer::sum));
            if (!units.isEmpty()) {
                stock.restore(units);
            }
        }
        store.em().remove(order);
        store.flush();
        if (bump) {
            revisions.bump();
        }
        outbox.record("order.deleted", id);
        return before;
    }

    /** Notes of an order, newest first; {@code type} {@code any}, {@code customer} or {@code internal}. */
    public List<OrderNoteAdminView> notes(long orderId, String type) {
        requireOrder(orderId, OrderFailure.NOTES_ORDER_NOT_FOUND);
        return store.em().createNamedQuery(OrderNote.OF_ORDER, OrderNote.class).setParameter("orderId", orderId)
                .getResultStream().filter(n -> "customer".equals(type) ? n.isCustomerNote()
                        : !"internal".equals(type) || !n.isCustomerNote())
                .map(OrderAdminService::note).toList();
    }

    /** @throws OrderException NOTES_ORDER_NOT_FOUND, NOTE_NOT_FOUND */
    public OrderNoteAdminView note(long orderId, long noteId) {
        requireOrder(orderId, OrderFailure.NOTES_ORDER_NOT_FOUND);
        return note(noteOf(orderId, noteId));
    }

    /** A note by staff ({@code added_by_user}); a customer note is shown to the customer too. */
    public OrderNoteAdminView addNote(long orderId, String text, boolean customerNote, String author) {
        requireOrder(orderId, OrderFailure.NOTES_ORDER_NOT_FOUND);
        return note(note(orderId, text, customerNote, true, author));
    }

    /** Deletes a note for good (WooCommerce cannot trash notes); the note as it was. */
    public OrderNoteAdminView deleteNote(long orderId, long noteId) {
        requireOrder(orderId, OrderFailure.NOTES_ORDER_NOT_FOUND);
        OrderNote note = noteOf(orderId, noteId);
        OrderNoteAdminView before = note(note);
        store.em().remove(note);
        return before;
    }

    /**
     * An order's status history, oldest first: the status it was placed in, then every change, who made it and
     * when (one statement).
     *
     * @throws OrderException ADMIN_ORDER_NOT_FOUND
     */
    public List<OrderStatusStep> statusHistory(long orderId) {
        requireOrder(orderId, OrderFailure.ADMIN_ORDER_NOT_FOUND);
        return store.em().createNamedQuery(OrderStatusChange.OF_ORDER, OrderStatusChange.class)
                .setParameter("orderId", orderId).getResultStream()
                .map(c -> new OrderStatusStep(OrderStatus.of(c.getFromStatus()).orElse(null),
                        OrderStatus.of(c.getToStatus()).orElseThrow(), c.getChangedAt(), c.getActor()))
                .toList();
    }

    /** An order's refunds, oldest first. */
    public List<RefundView> refunds(long orderId) {
        return get(requireOrder(orderId, OrderFailure.REFUNDS_ORDER_NOT_FOUND).getId()).refunds();
    }

    /** @throws OrderException REFUNDS_ORDER_NOT_FOUND, REFUND_NOT_FOUND */
    public RefundView refund(long orderId, long refundId) {
        requireOrder(orderId, OrderFailure.REFUNDS_ORDER_NOT_FOUND);
        return RefundJson.view(refundOf(orderId, refundId));
    }

    /**
     * Refunds money and/or units of an order: never more than is left to refund. {@code restock} gives the units
     * back to stock the order took; {@code apiRefund} gives the money back through the gateway, which none of ours
     * does yet, so it is refused as WooCommerce refuses it for a gateway without refunds. A refund of everything
     * left moves the order to refunded.
     *
     * @throws OrderException REFUNDS_ORDER_NOT_FOUND, REFUND_NEGATIVE, REFUND_INVALID_LINE, REFUND_INVALID_AMOUNT,
     *         REFUND_GATEWAY_FAILED
     */
    public RefundView createRefund(long orderId, RefundDraft draft, String actor) {
        return createRefund(orderId, draft, actor, null);
    }

    /**
     * {@link #createRefund(long, RefundDraft, String)} for a form read at {@code expectedVersion}: refused, nothing
     * written, if the order changed since (a refund, a status change, an edit).
     *
     * @throws OrderException also ORDER_MODIFIED
     */
    public RefundView createRefund(long orderId, RefundDraft draft, String actor, Integer expectedVersion) {
        CustomerOrder order = store.lock(orderId)
                .orElseThrow(() -> OrderFailure.REFUNDS_ORDER_NOT_FOUND.exception());
        if (expectedVersion != null && expectedVersion != order.getVersion()) {
            throw OrderFailure.ORDER_MODIFIED.exception();
        }
        int decimals = decimals(order);
        List<OrderLine> lines = store.lines(orderId);
        Map<Long, RefundMath.LineState> states = new LinkedHashMap<>();
        lines.forEach(l -> states.put(l.getId(), new RefundMath.LineState(l.getId(), l.getQuantity(),
                l.getRefundedQuantity())));
        List<RefundMath.Asked> asked = draft.lines().stream().map(l -> new RefundMath.Asked(l.lineId(), l.quantity(),
                l.refundTotal() == null ? 0 : minor(l.refundTotal(), decimals),
                l.refundTax() == null ? 0 : minor(l.refundTax(), decimals))).toList();
        RefundMath.Refund refund = RefundMath.of(order.getTotal(), order.getRefundedTotal(), states, asked,
                draft.amount() == null ? null : minor(draft.amount(), decimals));
        if (draft.apiRefund()) {
            throw OrderFailure.REFUND_GATEWAY_FAILED.exception(
                    "The payment gateway for this order does not support automatic refunds.");
        }
        Map<Long, OrderLine> byId = new LinkedHashMap<>();
        lines.forEach(l -> byId.put(l.getId(), l));
        Map<Long, Integer> restock = new LinkedHashMap<>();
        for (RefundView.Line l : refund.lines()) {
            OrderLine line = byId.get(l.lineId());
            line.setRefundedQuantity(line.getRefundedQuantity() + l.quantity());
            line.setRefundedTotal(line.getRefundedTotal() + l.total() + l.totalTax());
            if (l.quantity() > 0) {
                restock.merge(l.lineId(), l.quantity(), Integer::sum);
            }
        }
        boolean restocked = draft.restock() && restock(order, byId, restock);
        OrderRefund row = new OrderRefund();
        row.setOrderId(orderId);
        row.setAmount(refund.amount());
        row.setReason(orEmpty(draft.reason()));
        row.setRefundedBy(draft.refundedBy());
        row.setRefundedPayment(false);
        row.setLinesJson(RefundJson.lines(refund.lines()));
        row.setRestocked(restocked);
        row.setCreatedAt(Instant.now());
        store.persist(row);
        order.setRefundedTotal(order.getRefundedTotal() + refund.amount());
        order.setUpdatedAt(Instant.now());
        store.flush();
        note(orderId, "Refunded " + AdminOrderPricing.decimal(refund.amount(), decimals) + " " + order.getCurrency()
                + (row.getReason().isEmpty() ? "." : ": " + row.getReason()), false, false, "system");
        OrderStatus status = OrderStatus.of(order.getStatus()).orElseThrow();
        if (refund.full() && OrderTransitions.allowed(status, OrderStatus.REFUNDED)) {
            statuses.changeStatus(orderId, OrderStatus.REFUNDED, actor, "Order fully refunded.");
        }
        return RefundJson.view(row);
    }

    /** Deletes a refund's record: the order's refundable amount grows again; stock and money stay where they are. */
    public RefundView deleteRefund(long orderId, long refundId) {
        CustomerOrder order = store.lock(orderId)
                .orElseThrow(() -> OrderFailure.REFUNDS_ORDER_NOT_FOUND.exception());
        OrderRefund refund = refundOf(orderId, refundId);
        RefundView before = RefundJson.view(refund);
        Map<Long, OrderLine> byId = new LinkedHashMap<>();
        store.lines(orderId).forEach(l -> byId.put(l.getId(), l));
        for (RefundView.Line l : before.lines()) {
            OrderLine line = byId.get(l.lineId());
            if (line != null) {
                line.setRefundedQuantity(Math.max(0, line.getRefundedQuantity() - l.quantity()));
                line.setRefundedTotal(Math.max(0, line.getRefundedTotal() - l.total() - l.totalTax()));
            }
        }
        order.setRefundedTotal(Math.max(0, order.getRefundedTotal() - before.amount()));
        order.setUpdatedAt(Instant.now());
        store.em().remove(refund);
        store.flush();
        return before;
    }

    private AdminOrderView view(CustomerOrder order) {
        List<Long> ids = List.of(order.getId());
        return list.views(List.of(order), !list.trashed(ids).isEmpty()).get(0);
    }

    /**
     * The payment with {@code set_paid} ({@code payment_complete}: into the status asked if it is a paid one, else
     * processing; the lifecycle sells the stock), else the status asked if it differs from {@code from}.
     */
    private void moveTo(long id, OrderDraft draft, String actor, OrderStatus from) {
        Optional<OrderStatus> asked = OrderStatus.of(draft.status());
        if (Boolean.TRUE.equals(draft.setPaid()) && OrderTransitions.payable(from)) {
            OrderStatus paid = asked.filter(s -> OrderTransitions.holding(s) == OrderTransitions.Holding.SOLD)
                    .filter(s -> s != from).orElse(OrderStatus.PROCESSING);
            statuses.paymentComplete(id, paid, orEmpty(draft.transactionId()));
            return;
        }
        if (asked.isPresent() && asked.get() != from) {
            statuses.changeStatus(id, asked.get(), actor, null);
        }
    }

    private void trash(CustomerOrder order) {
        if (store.em().find(OrderTrash.class, order.getId()) == null) {
            store.persist(new OrderTrash(order.getId(), Instant.now()));
            order.setUpdatedAt(Instant.now());
            store.flush();
        }
    }

    /**
     * Gives back the refunded units of lines whose stock the order took (held or sold), at most what it took of
     * each stock-owning product; whether any went back.
     */
    private boolean restock(CustomerOrder order, Map<Long, OrderLine> lines, Map<Long, Integer> unitsByLine) {
        if (!"held".equals(order.getStockState()) && !"reduced".equals(order.getStockState())) {
            return false;
        }
        Map<Long, OrderStock> taken = new LinkedHashMap<>();
        stockOf(order.getId()).forEach(s -> taken.put(s.getProductId(), s));
        Map<Long, Integer> units = new LinkedHashMap<>();
        unitsByLine.forEach((lineId, quantity) -> {
            OrderLine line = lines.get(lineId);
            OrderStock owner = line.getVariationId() > 0 && taken.containsKey(line.getVariationId())
                    ? taken.get(line.getVariationId()) : taken.get(line.getProductId());
            if (owner != null) {
                int back = Math.min(quantity, owner.getQuantity() - units.getOrDefault(owner.getProductId(), 0));
                if (back > 0) {
                    units.merge(owner.getProductId(), back, Integer::sum);
                }
            }
        });
        if (units.isEmpty()) {
            return false;
        }
        stock.restore(units);
        units.forEach((owner, back) -> taken.get(owner).setQuantity(taken.get(owner).getQuantity() - back));
        return true;
    }

    private List<OrderStock> stockOf(long orderId) {
        return store.em().createNamedQuery(OrderStock.OF_ORDER, OrderStock.class).setParameter("orderId", orderId)
                .getResultList();
    }

    private List<AdminOrderPricing.Wanted> wanted(List<OrderDraft.Line> lines) {
        List<Long> ids = new ArrayList<>();
        for (OrderDraft.Line l : lines) {
            if (l.productId() == null && l.variationId() == null) {
                throw OrderFailure.PRODUCT_ID_REQUIRED.exception();
            }
            if (l.quantity() == null || l.quantity() <= 0 || l.quantity() > Integer.MAX_VALUE) {
                throw OrderFailure.PRODUCT_QUANTITY_INVALID.exception();
            }
            ids.add(bought(l));
        }
        Map<Long, Purchasable> found = purchasables.findAll(ids.stream().distinct().toList());
        List<AdminOrderPricing.Wanted> wanted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderDraft.Line l = lines.get(i);
            Purchasable p = found.get(ids.get(i));
            boolean fits = p != null && p.priceMinor() != null && !p.isVariable() && !"grouped".equals(p.type())
                    && (l.variationId() == null || l.variationId() == 0 ? !p.isVariation()
                            : p.isVariation() && (l.productId() == null || l.productId() == 0
                                    || l.productId() == p.parentId()));
            if (!fits) {
                throw OrderFailure.PRODUCT_INVALID.exception(ids.get(i));
            }
            wanted.add(new AdminOrderPricing.Wanted(p, (int) (long) l.quantity()));
        }
        return wanted;
    }

    private static long bought(OrderDraft.Line l) {
        return l.variationId() != null && l.variationId() != 0 ? l.variationId() : l.productId();
    }

    private List<Coupon> coupons(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Coupon> found = pricing.coupons(codes);
        List<Coupon> coupons = new ArrayList<>();
        for (String code : codes) {
            Coupon coupon = found.get(code.strip().toLowerCase(java.util.Locale.ROOT));
            if (coupon == null) {
                throw OrderFailure.COUPON_INVALID.exception(code);
            }
            coupons.add(coupon);
        }
        return coupons;
    }

    private CustomerOrder requireOrder(long orderId, OrderFailure failure) {
        return store.find(orderId).orElseThrow(() -> failure.exception());
    }

    private OrderNote noteOf(long orderId, long noteId) {
        OrderNote note = store.em().find(OrderNote.class, noteId);
        if (note == null || note.getOrderId() != orderId) {
            throw OrderFailure.NOTE_NOT_FOUND.exception();
        }
        return note;
    }

    private OrderRefund refundOf(long orderId, long refundId) {
        OrderRefund refund = store.em().find(OrderRefund.class, refundId);
        if (refund == null || refund.getOrderId() != orderId) {
            throw OrderFailure.REFUND_NOT_FOUND.exception();
        }
        return refund;
    }

    private OrderNote note(long orderId, String text, boolean customerNote, boolean byUser, String author) {
        OrderNote note = new OrderNote();
        note.setOrderId(orderId);
        note.setNote(text);
        note.setCustomerNote(customerNote);
        note.setAddedByUser(byUser);
        note.setAuthor(author);
        note.setCreatedAt(Instant.now());
        store.persist(note);
        store.flush();
        return note;
    }

    private static OrderNoteAdminView note(OrderNote n) {
        return new OrderNoteAdminView(n.getId(), n.getOrderId(), n.getAuthor(), n.getCreatedAt(), n.getNote(),
                n.isCustomerNote(), n.isAddedByUser());
    }

    private int decimals(CustomerOrder order) {
        StoreView shop = catalog.storeDetails();
        return Objects.equals(shop.currency().code(), order.getCurrency()) ? shop.currency().minorUnit() : 2;
    }

    private static long minor(BigDecimal amount, int decimals) {
        return amount == null ? 0 : AdminOrderPricing.minor(amount, decimals);
    }

    private static OrderLine line(long orderId, int position, OrderLines.Product l) {
        OrderLine line = new OrderLine();
        line.setOrderId(orderId);
        line.setPosition(position);
        line.setProductId(l.productId());
        line.setVariationId(l.variationId());
        line.setName(l.name());
        line.setSku(l.sku() == null ? "" : l.sku());
        line.setQuantity(l.quantity());
        line.setTaxClass(l.taxClass());
        line.setPrice(l.price());
        line.setSubtotal(l.subtotal());
        line.setSubtotalTax(l.subtotalTax());
        line.setTotal(l.total());
        line.setTotalTax(l.totalTax());
        line.setTaxesJson(OrderJson.lineTaxes(l.taxes()));
        line.setMetaJson(OrderJson.meta(l.meta()));
        line.setImageSrc(l.imageSrc());
        return line;
    }

    private static void setTotals(CustomerOrder order, AdminOrderPricing.Priced figures) {
        var t = figures.totals();
        order.setSubtotal(t.subtotal());
        order.setSubtotalTax(t.subtotalTax());
        order.setDiscountTotal(t.discountTotal());
        order.setDiscountTax(t.discountTax());
        order.setShippingTotal(t.shippingTotal());
        order.setShippingTax(t.shippingTax());
        order.setFeeTotal(t.feeTotal());
        order.setFeeTax(t.feeTax());
        order.setCartTax(t.cartTax());
        order.setTotalTax(t.totalTax());
        order.setTotal(t.total());
    }

    /** The address with the fields sent replaced (WooCommerce's names). */
    static OrderAddress address(OrderAddress a, Map<String, String> sent) {
        if (sent == null) {
            return a;
        }
        return new OrderAddress(sent.getOrDefault("first_name", a.firstName()),
                sent.getOrDefault("last_name", a.lastName()), sent.getOrDefault("company", a.company()),
                sent.getOrDefault("address_1", a.address1()), sent.getOrDefault("address_2", a.address2()),
                sent.getOrDefault("city", a.city()), sent.getOrDefault("state", a.state()),
                sent.getOrDefault("postcode", a.postcode()), sent.getOrDefault("country", a.country()),
                sent.getOrDefault("email", a.email()), sent.getOrDefault("phone", a.phone()));
    }

    private static Location location(OrderAddress a, Location base) {
        return a.country().isEmpty() ? base : new Location(a.country(), a.state(), a.postcode(), a.city());
    }

    private static String orderKey() {
        StringBuilder key = new StringBuilder("wc_order_");
        for (int i = 0; i < 13; i++) {
            key.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return key.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
