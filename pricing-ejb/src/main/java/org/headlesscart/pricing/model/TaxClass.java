package org.headlesscart.pricing.model;

/**
 * A tax class as WooCommerce lists it. The standard class has slug {@code ""} and is never stored; the others
 * ("Reduced rate" {@code reduced-rate}, "Zero rate" {@code zero-rate}, custom ones) come in settings order.
 */
public record TaxClass(String slug, String name) {

    public static final TaxClass STANDARD = new TaxClass("", "Standard");
}
