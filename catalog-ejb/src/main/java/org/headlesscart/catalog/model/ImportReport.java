package org.headlesscart.catalog.model;

import java.util.List;

/**
 * What an import did. Rows that wrote a product count as created or updated; rows that wrote nothing count as
 * skipped and have at least one problem. A written row may have problems too: references to products that do not
 * exist, which are left out of its links.
 *
 * @param created  products created
 * @param updated  products that existed (same SKU) and were updated, changed or not
 * @param skipped  rows that wrote nothing
 * @param problems in line order; a row may have several
 */
public record ImportReport(int created, int updated, int skipped, List<Problem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /**
     * One problem of a row, or of the file as a whole on line 1 (an empty file, a header that names no known
     * column).
     *
     * @param lineNumber the physical line the row starts on; the header is line 1
     * @param sku        the row's SKU; empty when it has none or the row could not be read
     * @param message    a sentence for people that starts with the column, e.g. {@code Parent: no product has
     *                   the SKU 'woo-hoodie'}
     */
    public record Problem(int lineNumber, String sku, String message) {
    }
}
