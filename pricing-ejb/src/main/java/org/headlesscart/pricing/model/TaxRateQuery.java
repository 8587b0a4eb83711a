package org.headlesscart.pricing.model;

/**
 * A page of the tax rate table as {@code wc/v3/taxes} asks for it.
 *
 * @param taxClass a class slug, {@code ""} for standard, {@code null} for every class
 */
public record TaxRateQuery(String taxClass, Order order, boolean descending, long offset, int limit) {

    /** WooCommerce's {@code orderby}: {@code id}, {@code order} (the default) or {@code priority}. */
    public enum Order { ID, ORDER, PRIORITY }
}
