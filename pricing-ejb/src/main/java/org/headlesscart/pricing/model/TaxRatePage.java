package org.headlesscart.pricing.model;

import java.util.List;

/** One page of tax rates and how many rows the query has in all. */
public record TaxRatePage(List<TaxRate> rates, long total) {

    public TaxRatePage {
        rates = List.copyOf(rates);
    }
}
