package org.headlesscart.catalog.boundary;

import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.catalog.control.StockMoves;
import org.headlesscart.catalog.control.StockPlan;
import org.headlesscart.catalog.model.StockRequest;
import org.headlesscart.catalog.model.StockTaken;

/**
 * Managed stock as orders move it (COCART-PLUS §4.3): units taken when an order is placed, given back when it is
 * cancelled, fails, its hold runs out or a refund restocks. Always in the caller's transaction, so that the stock
 * moves with the order or not at all. Products are locked in id order, so two orders of the same products wait for
 * each other instead of deadlocking, and the stock never goes below zero for a product without backorders.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockService {

    @Inject
    StockMoves moves;

    /**
     * Takes the units, all or nothing. Lines of products that do not manage stock take nothing; products that allow
     * backorders may go below zero (WooCommerce's rule). Statuses follow the quantity as WooCommerce's do; a move
     * that changes a status bumps the catalog revision (StockMoves says why only then).
     *
     * @return what was taken, per stock-owning product (ids ascending)
     * @throws StockShortage for the first product (in id order) without enough units; nothing is taken
     */
    public List<StockTaken> take(List<StockRequest> requests) {
        StockPlan.Take take = moves.take(requests);
        if (!take.possible()) {
            throw new StockShortage(take.shortage().purchasableId(), take.shortage().name(),
                    take.shortage().remaining());
        }
        return StockPlan.taken(take.changes());
    }

    /** Gives units back to stock-owning products (stock owner id → units), statuses following their thresholds. */
    public void restore(Map<Long, Integer> unitsByStockOwner) {
        moves.restore(unitsByStockOwner);
    }
}
