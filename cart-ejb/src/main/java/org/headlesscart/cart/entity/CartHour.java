package org.headlesscart.cart.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * What the cleanup deleted of one UTC hour, for the operators' cart charts: carts created in the hour, and carts that
 * expired in it with a value (abandoned). Written only by the cleanup, under a lock of the row.
 */
@Entity
@Table(name = "cart_hour")
@NamedQuery(name = CartHour.SINCE, query = "SELECT h FROM CartHour h WHERE h.hourStart >= :from")
@NamedQuery(name = CartHour.DELETE_BEFORE, query = "DELETE FROM CartHour h WHERE h.hourStart < :before")
public class CartHour {

    public static final String SINCE = "CartHour.since";
    public static final String DELETE_BEFORE = "CartHour.deleteBefore";

    @Id
    @Column(name = "hour_start")
    private Instant hourStart;

    @Column(nullable = false)
    private long created;

    @Column(nullable = false)
    private long abandoned;

    protected CartHour() {
    }

    public CartHour(Instant hourStart) {
        this.hourStart = hourStart;
    }

    public Instant getHourStart() { return hourStart; }
    public long getCreated() { return created; }
    public long getAbandoned() { return abandoned; }

    public void add(long createdCarts, long abandonedCarts) {
        this.created += createdCarts;
        this.abandoned += abandonedCarts;
    }
}
