package org.headlesscart.pricing.control.shipping;

import java.util.List;

import org.headlesscart.pricing.model.Location;

/**
 * A package with its offered rates before taxes (taxes are the totals' business).
 *
 * @param chosenRateId the customer's choice if still offered, else the default; {@code null} when no rate
 */
public record QuotedPackage(int index, String name, List<Rate> rates, String chosenRateId, Location destination,
        String itemsLabel) {

    /** @param taxable the method's tax status is {@code taxable} */
    public record Rate(String id, String methodId, long instanceId, String label, long cost, boolean taxable) {
    }
}
