package org.headlesscart.api.error;

import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.catalog.boundary.StockShortage;

/**
 * A stock take refused wherever it happens outside checkout's own answer (which words it itself): reopening a
 * cancelled order, completing a payment of an order whose units went back (docs/orders.md). 400 with CoCart's
 * checkout codes and wording (COCART-PLUS §1.3); nothing was taken.
 */
@Provider
public class StockShortageMapper implements ExceptionMapper<StockShortage> {

    @Override
    public Response toResponse(StockShortage e) {
        Map<String, Object> data = Map.of("product_id", e.purchasableId());
        if (e.outOfStock()) {
            return CoCartError.response(400, "cocart_product_out_of_stock",
                    "\"%s\" is out of stock and cannot be purchased.".formatted(e.name()), data);
        }
        return CoCartError.response(400, "cocart_insufficient_stock",
                "Insufficient stock for \"%s\". Only %d remaining.".formatted(e.name(), e.remaining()), data);
    }
}
