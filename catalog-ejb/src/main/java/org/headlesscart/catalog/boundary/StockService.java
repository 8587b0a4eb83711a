package org.headlesscart.catalog.boundary;

import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

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

    /**
     * Takes the units, all or nothing. Lines of products that do not manage stock take nothing; products that allow
     * backorders may go below zero (WooCommerce's rule). Stock statuses follow the product's thresholds.
     *
     * @return what was taken, per stock-owning product (ids ascending)
     * @throws StockShortage for the first product (in id order) without enough units; nothing is taken
     */
    public List<StockTaken> take(List<StockRequest> requests) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Gives units back to stock-owning products (stock owner id → units), statuses following their thresholds. */
    public void restore(Map<Long, Integer> unitsByStockOwner) {
        throw new UnsupportedOperationException("not yet");
    }
}
