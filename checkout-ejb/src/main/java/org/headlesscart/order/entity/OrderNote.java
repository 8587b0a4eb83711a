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
 * A note on an order: private for staff, or a customer note the customer sees too (WooCommerce's order notes).
 */
@Entity
@NamedQuery(name = OrderNote.OF_ORDER, query = "SELECT n FROM OrderNote n WHERE n.orderId = :orderId "
        + "ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = OrderNote.FOR_CUSTOMER, query = "SELECT n FROM OrderNote n WHERE n.orderId = :orderId "
        + "AND n.customerNote = TRUE ORDER BY n.createdAt, n.id")
@Table(name = "order_note")
public class OrderNote {

    /** An order's notes, newest first (as WooCommerce lists them). */
    public static final String OF_ORDER = "OrderNote.ofOrder";
    /** The notes of an order its customer sees, oldest first. */
    public static final String FOR_CUSTOMER = "OrderNote.forCustomer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "note", columnDefinition = "TEXT")
    private String note;

    @Column(name = "customer_note", columnDefinition = "TEXT")
    private boolean customerNote;

    @Column(name = "added_by_user")
    private boolean addedByUser;

    @Column(name = "author")
    private String author;

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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isCustomerNote() {
        return customerNote;
    }

    public void setCustomerNote(boolean customerNote) {
        this.customerNote = customerNote;
    }

    public boolean isAddedByUser() {
        return addedByUser;
    }

    public void setAddedByUser(boolean addedByUser) {
        this.addedByUser = addedByUser;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
