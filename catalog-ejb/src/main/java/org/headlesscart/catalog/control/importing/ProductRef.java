package org.headlesscart.catalog.control.importing;

import java.util.Locale;

/**
 * A reference from one row to another product, as WooCommerce writes it in Parent, Grouped products, Upsells and
 * Cross-sells: {@code id:44} names the product whose ID column is 44 (in this file or in the store the file came
 * from), anything else is a SKU. The exporter writes the SKU when the product has one, so most references are
 * SKUs. Nothing here checks that the product exists; the importer resolves references.
 */
public sealed interface ProductRef permits ProductRef.ById, ProductRef.BySku {

    /** A reference to the WooCommerce ID of a product: the value of its ID column, not our database id. */
    record ById(long wooId) implements ProductRef {

        public ById {
            if (wooId <= 0) {
                throw new IllegalArgumentException("A product id is positive: " + wooId);
            }
        }

        @Override
        public String toString() {
            return ID_PREFIX + wooId;
        }
    }

    /** A reference to a product by its SKU, exactly as written. */
    record BySku(String sku) implements ProductRef {

        public BySku {
            if (sku == null || sku.isBlank()) {
                throw new IllegalArgumentException("A SKU reference needs a SKU");
            }
        }

        @Override
        public String toString() {
            return sku;
        }
    }

    /** The prefix that marks a reference by WooCommerce ID. */
    String ID_PREFIX = "id:";

    /**
     * Reads one reference.
     *
     * @param text a reference such as {@code id:44} or {@code woo-vneck-tee}; surrounding white space is ignored
     * @return a {@link ById} for {@code id:} followed by a positive number, else a {@link BySku}
     * @throws IllegalArgumentException if the text is blank, or starts with {@code id:} but no positive number
     *                                  follows: such a SKU is far likelier a typo than a real SKU
     */
    static ProductRef parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A product reference is empty");
        }
        String stripped = text.strip();
        if (!isWooIdReference(stripped)) {
            return new BySku(stripped);
        }
        String digits = stripped.substring(ID_PREFIX.length()).strip();
        if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return new ById(Long.parseLong(digits));
            } catch (IllegalArgumentException zeroOrTooLarge) {
                // reported below
            }
        }
        throw new IllegalArgumentException("'" + stripped + "' is not a product id reference like id:44");
    }

    /** Whether the text is meant as a reference by WooCommerce ID, that is whether it starts with {@code id:}. */
    static boolean isWooIdReference(String text) {
        return text.strip().toLowerCase(Locale.ROOT).startsWith(ID_PREFIX);
    }
}
