package org.headlesscart.catalog.boundary;

/**
 * A stock take refused: a product has fewer units than asked (COCART-PLUS §4.3). Nothing was taken.
 *
 * @see StockService#take
 */
public class StockShortage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long purchasableId;
    private final String name;
    private final int remaining;

    public StockShortage(long purchasableId, String name, int remaining) {
        super("Insufficient stock for product " + purchasableId + ": " + remaining + " remaining", null, false, false);
        this.purchasableId = purchasableId;
        this.name = name;
        this.remaining = remaining;
    }

    /** The product or variation asked for. */
    public long purchasableId() {
        return purchasableId;
    }

    /** Its name as customers see it ("Hoodie - Blue"). */
    public String name() {
        return name;
    }

    /** Units left to sell, 0 when out of stock. */
    public int remaining() {
        return remaining;
    }

    public boolean outOfStock() {
        return remaining <= 0;
    }
}
