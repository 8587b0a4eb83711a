package org.headlesscart.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StockTest {

    @Test
    void countedStockTakesItsStatusFromTheQuantityAsWooCommerceDoes() {
        assertEquals(Stock.IN_STOCK, Stock.counted(3, "no", null).getStatus());
        assertEquals(Stock.OUT_OF_STOCK, Stock.counted(0, "no", null).getStatus());
        assertEquals(Stock.ON_BACKORDER, Stock.counted(0, "notify", null).getStatus());
        assertEquals(Stock.ON_BACKORDER, Stock.counted(-2, "yes", 5).getStatus());
        assertEquals(-2, Stock.counted(-2, "yes", 5).getQuantity());
    }

    @Test
    void uncountedStockKeepsTheStatusItIsGiven() {
        Stock stock = Stock.uncounted(Stock.OUT_OF_STOCK, "no", 2);

        assertEquals(Stock.OUT_OF_STOCK, stock.getStatus());
        assertNull(stock.getQuantity());
        assertEquals(false, stock.isManaged());
    }
}
