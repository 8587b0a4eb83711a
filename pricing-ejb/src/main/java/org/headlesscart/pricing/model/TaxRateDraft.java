package org.headlesscart.pricing.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A tax rate as an admin sends it; {@code null} = not sent (kept on update, the default on create). Lists replace
 * the rate's postcodes or cities; an empty list clears them.
 *
 * @param taxClass a class slug, {@code "standard"} or {@code ""} for the standard class
 */
public record TaxRateDraft(String country, String state, List<String> postcodes, List<String> cities,
        BigDecimal rate, String name, Integer priority, Boolean compound, Boolean shipping, Integer order,
        String taxClass) {

    public static final TaxRateDraft EMPTY = new TaxRateDraft(null, null, null, null, null, null, null, null, null,
            null, null);
}
