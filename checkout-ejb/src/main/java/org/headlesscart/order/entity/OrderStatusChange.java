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
 * One step of an order's status history; {@code fromStatus} is null for the status it was placed in.
 */
@Entity
@NamedQuery(name = OrderStatusChange.OF_ORDER, query = "SELECT c FROM OrderStatusChange c WHERE c.orderId = :orderId "
        + "ORDER BY c.changedAt, c.id")
@Table(name = "order_status_change")
public class OrderStatusChange {

    /** An order's steps, oldest first. */
    public static final String OF_ORDER = "OrderStatusChange.ofOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "from_status")
    private String fromStatus;

    @Column(name = "to_status")
    private String toStatus;

    @Column(name = "changed_at", updatable = false)
    private Instant changedAt;

    @Column(name = "actor")
    private String actor;

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public void setOrderId(long orderId) {
        this.orderId = orderId;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public void setFromStatus(String fromStatus) {
        this.fromStatus = fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public void setToStatus(String toStatus) {
        this.toStatus = toStatus;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public void setChangedAt(Instant changedAt) {
        this.changedAt = changedAt;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
