package org.headlesscart.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Stock as WooCommerce keeps it: optionally managed quantity, a status, and the backorder policy. */
@Embeddable
public class Stock {

    public static final String IN_STOCK = "instock";
    public static final String OUT_OF_STOCK = "outofstock";
    public static final String ON_BACKORDER = "onbackorder";

    @Column(name = "manage_stock", nullable = false)
    private boolean managed;

    @Column(name = "stock_quantity")
    private Integer quantity;

    @Column(name = "stock_status", nullable = false, length = 16)
    private String status = IN_STOCK;

    /** {@code no}, {@code notify} or {@code yes}. */
    @Column(nullable = false, length = 8)
    private String backorders = "no";

    @Column(name = "low_stock_amount")
    private Integer lowStockAmount;

    protected Stock() {
    }

    public Stock(boolean managed, Integer quantity, String status, String backorders, Integer lowStockAmount) {
        this.managed = managed;
        this.quantity = quantity;
        this.status = status;
        this.backorders = backorders;
        this.lowStockAmount = lowStockAmount;
    }

    public boolean isManaged() { return managed; }
    /** The quantity when managed, else null. */
    public Integer getQuantity() { return managed ? quantity : null; }
    public String getStatus() { return status; }
    public String getBackorders() { return backorders; }
    public Integer getLowStockAmount() { return lowStockAmount; }

    public boolean isInStock() {
        return !OUT_OF_STOCK.equals(status);
    }

    public boolean backordersAllowed() {
        return !"no".equals(backorders);
    }

    public boolean isOnBackorder() {
        return ON_BACKORDER.equals(status);
    }
}
