package org.headlesscart.order.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A refund of an order (wc/v3/orders/{id}/refunds): an amount, optionally split over lines ({@code linesJson}),
 * optionally with the refunded units put back in stock.
 */
@Entity
@NamedQuery(name = OrderRefund.OF_ORDERS, query = "SELECT r FROM OrderRefund r WHERE r.orderId IN :orderIds "
        + "ORDER BY r.orderId, r.id")
@Table(name = "order_refund")
public class OrderRefund {

    /** The refunds of a page of orders, per order oldest first: one statement for the page. */
    public static final String OF_ORDERS = "OrderRefund.ofOrders";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "amount")
    private long amount;

    @Column(name = "reason")
    private String reason;

    @Column(name = "refunded_by")
    private long refundedBy;

    @Column(name = "refunded_payment")
    private boolean refundedPayment;

    @Column(name = "lines_json", columnDefinition = "TEXT")
    private String linesJson;

    @Column(name = "restocked")
    private boolean restocked;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public void setOrderId(long orderId) {
        this.orderId = orderId;
    }

    public long getAmount() {
        return amount;
    }

    public void setAmount(long amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getRefundedBy() {
        return refundedBy;
    }

    public void setRefundedBy(long refundedBy) {
        this.refundedBy = refundedBy;
    }

    public boolean isRefundedPayment() {
        return refundedPayment;
    }

    public void setRefundedPayment(boolean refundedPayment) {
        this.refundedPayment = refundedPayment;
    }

    public String getLinesJson() {
        return linesJson;
    }

    public void setLinesJson(String linesJson) {
        this.linesJson = linesJson;
    }

    public boolean isRestocked() {
        return restocked;
    }

    public void setRestocked(boolean restocked) {
        this.restocked = restocked;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
