package org.headlesscart.console.orders;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.boundary.StockShortage;
import org.headlesscart.console.security.ConsoleUser;
import org.headlesscart.order.boundary.OrderAdminService;
import org.headlesscart.order.boundary.OrderException;
import org.headlesscart.order.boundary.OrderFailure;
import org.headlesscart.order.model.AdminOrderView;
import org.headlesscart.order.model.OrderDraft;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderNoteAdminView;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderStatusStep;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.order.model.RefundDraft;

/**
 * One order (console/orders/order.xhtml?id=…): everything wc/v3/orders/{id} shows, its notes and status history,
 * and three actions through the boundary the wc/v3 routes use: change the status (WooCommerce's allowed moves, stock
 * and coupons as {@code OrderStatusService} moves them), add a note, refund lines with restock. Status changes and
 * refunds carry the order's version as the page read it: if the order changed meanwhile nothing is written, the
 * page says so, shows the order as it is now and keeps what the user typed, so sending again applies it.
 */
@Named
@ViewScoped
public class OrderDetail implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int NOTE_LENGTH = 10_000;

    @EJB
    OrderAdminService orders;

    @EJB
    CatalogService catalog;

    @Inject
    ConsoleUser user;

    private Long id;
    private OrderFormat format;
    private AdminOrderView order;
    private List<OrderNoteAdminView> notes = List.of();
    private List<OrderStatusStep> history = List.of();
    private int loadedVersion;

    private String newStatus;
    private String noteText;
    private boolean customerNote;
    private final Map<Long, Integer> refundQuantities = new HashMap<>();
    private BigDecimal refundAmount;
    private String refundReason;
    private boolean restock = true;

    /** Reads the order named by the {@code id} parameter; an unknown one shows a message, not an error page. */
    @PostConstruct
    void load() {
        format = OrderFormat.of(catalog.storeDetails());
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = param == null ? null : Long.valueOf(param.strip());
        } catch (NumberFormatException e) {
            id = null;
        }
        if (id == null || id <= 0) {
            id = null;
            message(null, "No order was named.");
            return;
        }
        reload();
    }

    private void reload() {
        try {
            order = orders.get(id);
            notes = orders.notes(id, "any");
            history = orders.statusHistory(id);
            loadedVersion = order.order().version();
        } catch (OrderException e) {
            order = null;
            message(null, "Order #" + id + " does not exist.");
        }
    }

    public void changeStatus() {
        if (!allowed()) {
            return;
        }
        OrderStatus to = OrderStatus.of(newStatus).orElse(null);
        OrderStatus from = order.order().status();
        if (to == null || !orders.nextStatuses(from).contains(to)) {
            message("status-form:status", "Choose one of the statuses this order can move to.");
            return;
        }
        try {
            orders.update(id, new OrderDraft(to.wire(), null, null, null, null, null, null, null, null, null, null,
                    null, null), loadedVersion, actor());
            reload();
            newStatus = null;
            info("status-form", "Status changed from " + from.label() + " to " + to.label() + ".");
        } catch (OrderException e) {
            refused(e, "status-form:status");
        } catch (StockShortage e) {
            message("status-form:status", "Not enough stock to take this order's items again.");
        }
    }

    public void addNote() {
        if (!allowed()) {
            return;
        }
        if (noteText == null || noteText.isBlank()) {
            message("note-form:note", "Write the note first.");
            return;
        }
        try {
            orders.addNote(id, noteText.strip(), customerNote, user.getName());
            info("note-form", customerNote ? "Note added and shown to the customer." : "Private note added.");
            noteText = null;
            customerNote = false;
            reload();
        } catch (OrderException e) {
            refused(e, "note-form:note");
        }
    }

    /**
     * A manual refund (no built-in gateway gives money back): the quantities per line, each line's share of its
     * total and tax for those units, and the amount typed or else the sum of those shares.
     */
    public void refund() {
        if (!allowed()) {
            return;
        }
        List<RefundDraft.Line> lines = new ArrayList<>();
        long linesTotal = 0;
        boolean valid = true;
        List<OrderLines.Product> products = order.order().lines();
        for (int i = 0; i < products.size(); i++) {
            OrderLines.Product line = products.get(i);
            int quantity = refundQuantities.getOrDefault(line.id(), 0) == null ? 0
                    : refundQuantities.getOrDefault(line.id(), 0);
            if (quantity == 0) {
                continue;
            }
            if (quantity < 0 || quantity > left(line)) {
                message("refund-form:lines:" + i + ":quantity", "At most " + left(line) + " left to refund.");
                valid = false;
                continue;
            }
            long total = share(line.total(), quantity, line.quantity());
            long tax = share(line.totalTax(), quantity, line.quantity());
            linesTotal += total + tax;
            lines.add(new RefundDraft.Line(line.id(), quantity, format.major(total), format.major(tax)));
        }
        long remaining = getRemaining();
        if (refundAmount != null) {
            if (refundAmount.signum() < 0) {
                message("refund-form:amount", "The amount cannot be negative.");
                valid = false;
            } else if (refundAmount.scale() > format.decimals()
                    && refundAmount.setScale(format.decimals(), RoundingMode.DOWN).compareTo(refundAmount) != 0) {
                message("refund-form:amount", "At most " + format.decimals() + " decimals.");
                valid = false;
            } else if (refundAmount.compareTo(format.major(remaining)) > 0) {
                message("refund-form:amount", "At most " + format.money(remaining) + " is left to refund.");
                valid = false;
            }
        } else if (lines.isEmpty() && valid) {
            message("refund-form:amount", "Enter quantities to refund, or an amount.");
            valid = false;
        } else if (linesTotal > remaining) {
            message("refund-form:amount", "At most " + format.money(remaining) + " is left to refund.");
            valid = false;
        }
        if (refundReason != null && refundReason.length() > 1000) {
            message("refund-form:reason", "At most 1,000 characters.");
            valid = false;
        }
        if (!valid) {
            return;
        }
        try {
            var refund = orders.createRefund(id, new RefundDraft(refundAmount, refundReason == null ? ""
                    : refundReason.strip(), lines, false, restock, user.getId()), actor(), loadedVersion);
            refundQuantities.clear();
            refundAmount = null;
            refundReason = null;
            restock = true;
            reload();
            info("refund-form", "Refunded " + format.money(refund.amount())
                    + (refund.restocked() ? "; the items are back in stock." : "."));
        } catch (OrderException e) {
            refused(e, "refund-form:amount");
        }
    }

    /** Each action checks the signed-in user on the server too (the page's guard covers the GET only). */
    private boolean allowed() {
        if (!user.isStaff()) {
            message(null, "Only staff may change orders.");
            return false;
        }
        if (order == null) {
            message(null, "Order #" + id + " does not exist.");
            return false;
        }
        return true;
    }

    private void refused(OrderException e, String field) {
        if (e.failure() == OrderFailure.ORDER_MODIFIED) {
            reload();
            message(null, "This order was changed by someone else since you opened it: it is now "
                    + (order == null ? "gone" : order.order().status().label() + ", last changed "
                            + format.time(order.order().updatedAt()))
                    + ". Nothing was saved; your entries are kept. Check the order and send again.");
        } else if (e.failure() == OrderFailure.INVALID_STATUS_CHANGE) {
            message(field, "This order cannot move to that status.");
        } else if (e.failure() == OrderFailure.REFUND_INVALID_AMOUNT) {
            message(field, "More than is left to refund.");
        } else {
            message(field, e.getMessage());
        }
    }

    private String actor() {
        Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? "system" : principal.getName();
    }

    private static long share(long amount, int units, int of) {
        return of == 0 ? 0 : BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(units))
                .divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static void message(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text,
                null));
    }

    private static void info(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text,
                null));
    }

    public int left(OrderLines.Product line) {
        return line.quantity() - line.refundedQuantity();
    }

    public String money(long minor) {
        return format.money(minor);
    }

    public String time(java.time.Instant instant) {
        return format.time(instant);
    }

    public long getRemaining() {
        OrderView o = order.order();
        return o.totals().total() - o.totals().refunded();
    }

    public List<OrderStatus> getNextStatuses() {
        return order == null ? List.of() : orders.nextStatuses(order.order().status());
    }

    public Long getId() {
        return id;
    }

    public AdminOrderView getOrder() {
        return order;
    }

    public OrderView getView() {
        return order == null ? null : order.order();
    }

    public List<OrderNoteAdminView> getNotes() {
        return notes;
    }

    public List<OrderStatusStep> getHistory() {
        return history;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public boolean isCustomerNote() {
        return customerNote;
    }

    public void setCustomerNote(boolean customerNote) {
        this.customerNote = customerNote;
    }

    public Map<Long, Integer> getRefundQuantities() {
        return refundQuantities;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }

    public boolean isRestock() {
        return restock;
    }

    public void setRestock(boolean restock) {
        this.restock = restock;
    }
}
