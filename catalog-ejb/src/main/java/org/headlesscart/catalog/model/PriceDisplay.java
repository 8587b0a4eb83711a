package org.headlesscart.catalog.model;

/**
 * How the shop shows a price entered in the catalog, given the tax status and class of the product (or variation)
 * it belongs to. The catalog stores and sells prices as entered; the rule for showing them (taxes added or taken
 * off) belongs to pricing, which hands the REST layer one of these per request. The catalog only applies it in
 * WooCommerce's order: each variation's or child's price first, then the cheapest and dearest of them.
 */
@FunctionalInterface
public interface PriceDisplay {

    /** Prices shown as entered: taxes off, or displayed the way they are entered. */
    PriceDisplay AS_ENTERED = (enteredMinor, taxStatus, taxClass) -> enteredMinor;

    /**
     * @param enteredMinor the price as entered, minor units
     * @param taxStatus    {@code taxable}, {@code shipping} or {@code none}
     * @param taxClass     the class slug, {@code ""} for standard (never {@code parent}: already resolved)
     */
    long shown(long enteredMinor, String taxStatus, String taxClass);
}
