package org.headlesscart.order.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An order in the trash (wc/v3/orders deleted without {@code force}): it keeps its status and shows as
 * {@code trash} to staff until it is deleted for good or its status is set again.
 */
@Entity
@NamedQuery(name = OrderTrash.AMONG, query = "SELECT t.orderId FROM OrderTrash t WHERE t.orderId IN :orderIds")
@Table(name = "order_trash")
public class OrderTrash {

    /** Which of the ids are in the trash. */
    public static final String AMONG = "OrderTrash.among";

    @Id
    @Column(name = "order_id")
    private long orderId;

    @Column(name = "trashed_at", updatable = false)
    private Instant trashedAt;

    protected OrderTrash() {
    }

    public OrderTrash(long orderId, Instant trashedAt) {
        this.orderId = orderId;
        this.trashedAt = trashedAt;
    }

    public long getOrderId() {
        return orderId;
    }

    public Instant getTrashedAt() {
        return trashedAt;
    }
}
