package org.headlesscart.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.model.StockRequest;
import org.headlesscart.catalog.model.StockTaken;
import org.junit.jupiter.api.Test;

class StockPlanTest {

    static StockPlan.Row managed(long id, int quantity, String backorders) {
        return new StockPlan.Row(id, 0, true, quantity, backorders, null, quantity > 0 ? "instock" : "outofstock",
                "Product " + id);
    }

    static StockPlan.Row variation(long id, long parent, boolean managed, Integer quantity) {
        return new StockPlan.Row(id, parent, managed, quantity, "no", null, "instock", "Hoodie - " + id);
    }

    @Test
    void takesFromTheCounterAndKeepsTheStatusWhileUnitsRemain() {
        List<StockPlan.Change> changes = StockPlan.take(List.of(new StockRequest(1, 3)), Map.of(1L, managed(1, 10, "no"))).changes();
        assertEquals(1, changes.size());
        assertEquals(7, changes.get(0).quantity());
        assertEquals("instock", changes.get(0).status());
        assertFalse(changes.get(0).statusChanged());
    }

    @Test
    void theLastUnitMakesTheProductOutOfStock() {
        StockPlan.Change change = StockPlan.take(List.of(new StockRequest(1, 2)), Map.of(1L, managed(1, 2, "no")))
                .changes().get(0);
        assertEquals(0, change.quantity());
        assertEquals("outofstock", change.status());
        assertTrue(change.statusChanged());
    }

    @Test
    void moreThanTheCounterHoldsIsRefusedWithWhatRemains() {
        StockPlan.Shortage shortage = shortage(StockPlan.take(
                List.of(new StockRequest(1, 3)), Map.of(1L, managed(1, 2, "no"))));
        assertEquals(1, shortage.purchasableId());
        assertEquals(2, shortage.remaining());
        assertEquals(2, shortage.remaining(), "2 remain: not out of stock");
    }

    @Test
    void anEmptyCounterIsOutOfStockNotNegative() {
        StockPlan.Shortage shortage = shortage(StockPlan.take(
                List.of(new StockRequest(1, 1)), Map.of(1L, managed(1, 0, "no"))));
        assertEquals(0, shortage.remaining());
    }

    @Test
    void backordersMayGoBelowZeroAndShowOnBackorder() {
        StockPlan.Change change = StockPlan.take(List.of(new StockRequest(1, 5)), Map.of(1L, managed(1, 2, "notify")))
                .changes().get(0);
        assertEquals(-3, change.quantity());
        assertEquals("onbackorder", change.status());
    }

    @Test
    void twoLinesOfOneCounterAreSummedBeforeTheCheck() {
        // Two variations without stock of their own draw on their parent's 3 units: 2 + 2 is too many.
        Map<Long, StockPlan.Row> rows = Map.of(10L, managed(10, 3, "no"), 11L, variation(11, 10, false, null),
                12L, variation(12, 10, false, null));
        StockPlan.Shortage shortage = shortage(StockPlan.take(
                List.of(new StockRequest(11, 2), new StockRequest(12, 2)), rows));
        assertEquals(11, shortage.purchasableId(), "named after the first line that draws on the counter");
        assertEquals(3, shortage.remaining());
    }

    @Test
    void aVariationWithItsOwnStockDrawsOnItsOwnCounter() {
        Map<Long, StockPlan.Row> rows = Map.of(10L, managed(10, 1, "no"), 11L, variation(11, 10, true, 5));
        List<StockTaken> taken = StockPlan.taken(StockPlan.take(List.of(new StockRequest(11, 4)), rows).changes());
        assertEquals(List.of(new StockTaken(11, 4, 1)), taken);
    }

    @Test
    void unmanagedProductsTakeNothing() {
        StockPlan.Row loose = new StockPlan.Row(5, 0, false, null, "no", null, "instock", "Loose");
        assertTrue(StockPlan.take(List.of(new StockRequest(5, 100)), Map.of(5L, loose)).changes().isEmpty());
    }

    @Test
    void theFirstShortCounterInIdOrderIsReported() {
        Map<Long, StockPlan.Row> rows = Map.of(1L, managed(1, 0, "no"), 2L, managed(2, 0, "no"));
        StockPlan.Shortage shortage = shortage(StockPlan.take(
                List.of(new StockRequest(2, 1), new StockRequest(1, 1)), rows));
        assertEquals(1, shortage.purchasableId());
    }

    private static StockPlan.Shortage shortage(StockPlan.Take take) {
        assertFalse(take.possible());
        assertTrue(take.changes().isEmpty(), "a refused take changes nothing");
        return take.shortage();
    }

    @Test
    void restoringBringsAnEmptyProductBackInStock() {
        StockPlan.Change change = StockPlan.restore(Map.of(1L, 2), Map.of(1L, managed(1, 0, "no"))).get(0);
        assertEquals(2, change.quantity());
        assertEquals("instock", change.status());
        assertTrue(change.statusChanged());
    }

    @Test
    void restoringSkipsCountersNoLongerManaged() {
        StockPlan.Row loose = new StockPlan.Row(5, 0, false, null, "no", null, "instock", "Loose");
        assertTrue(StockPlan.restore(Map.of(5L, 3), Map.of(5L, loose)).isEmpty());
    }

    @Test
    void onlyCountersAreLockedInIdOrder() {
        StockPlan.Row loose = new StockPlan.Row(5, 0, false, null, "no", null, "instock", "Loose");
        assertEquals(List.of(1L, 10L), StockPlan.countersOf(List.of(managed(10, 3, "no"), loose, managed(1, 2, "no"),
                variation(11, 10, false, null))));
    }
}
