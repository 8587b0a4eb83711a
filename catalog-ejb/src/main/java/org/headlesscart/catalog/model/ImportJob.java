package org.headlesscart.catalog.model;

import java.util.Optional;

/**
 * An import started in the background, as far as it has got: {@code done} of {@code total} rows written or
 * refused. A file refused as a whole (not a WooCommerce export, too many rows) is finished at once, with its
 * {@code refusal} and nothing written; a finished import has its report.
 *
 * @param id      the handle to ask for its progress with
 * @param refusal why the file was refused as a whole, or why the import stopped; empty otherwise
 */
public record ImportJob(String id, int total, int done, boolean finished, Optional<String> refusal,
        Optional<ImportReport> report) {

    /** Percent of the rows done, 0 to 100; 100 once finished. */
    public int percent() {
        if (finished) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, 100L * done / total);
    }
}
