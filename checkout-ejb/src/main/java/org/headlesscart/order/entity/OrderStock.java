package org.headlesscart.order.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Units an order took from a product's managed stock (the stock-owning product: a variation without stock of its
 * own uses its parent's). What is given back when the order is cancelled, fails, its hold runs out, or a refund
 * restocks.
 */
@Entity
@Table(name = "order_stock")
@IdClass(OrderStock.Key.class)
@NamedQuery(name = OrderStock.OF_ORDER, query = "SELECT s FROM OrderStock s WHERE s.orderId = :orderId "
        + "ORDER BY s.productId")
public class OrderStock {

    public static final String OF_ORDER = "OrderStock.ofOrder";

    @Id
    @Column(name = "order_id")
    private long orderId;

    @Id
    @Column(name = "product_id")
    private long productId;

    @Column(name = "quantity")
    private int quantity;

    protected OrderStock() {
    }

    public OrderStock(long orderId, long productId, int quantity) {
        this.orderId = orderId;
        this.productId = productId;
        this.quantity = quantity;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getProductId() {
        return productId;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long orderId;
        private long productId;

        public Key() {
        }

        public Key(long orderId, long productId) {
            this.orderId = orderId;
            this.productId = productId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.orderId == orderId && key.productId == productId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(orderId) * 31 + Long.hashCode(productId);
        }
    }
}
