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

    /**
     * Stock that WooCommerce counts: as it does, the status follows from the quantity (in stock above 0, else on
     * backorder if backorders are allowed, else out of stock).
     *
     * @param backorders {@code no}, {@code notify} or {@code yes}
     */
    public static Stock counted(int quantity, String backorders, Integer lowStockAmount) {
        String status = quantity > 0 ? IN_STOCK : "no".equals(backorders) ? OUT_OF_STOCK : ON_BACKORDER;
        return new Stock(true, quantity, status, backorders, lowStockAmount);
    }

    /** Stock nobody counts: the status is what the shop says. */
    public static Stock uncounted(String status, String backorders, Integer lowStockAmount) {
        return new Stock(false, null, status, backorders, lowStockAmount);
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
