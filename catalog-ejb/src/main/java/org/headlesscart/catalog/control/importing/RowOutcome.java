package org.headlesscart.catalog.control.importing;

import java.util.List;

/**
 * What writing a row did: created or updated a product, or nothing because of the problems listed.
 *
 * @param changed  whether the catalog changed: a product was created, or an existing one written because it
 *                 differed from the row
 * @param problems sentences that start with the column; empty when the row was written
 */
public record RowOutcome(Long productId, boolean created, boolean changed, List<String> problems) {

    public RowOutcome {
        problems = List.copyOf(problems);
    }

    static RowOutcome written(long productId, boolean created, boolean changed) {
        return new RowOutcome(productId, created, changed, List.of());
    }

    static RowOutcome rejected(List<String> problems) {
        return new RowOutcome(null, false, false, problems);
    }

    static RowOutcome rejected(String problem) {
        return rejected(List.of(problem));
    }

    public boolean isRejected() {
        return !problems.isEmpty();
    }
}
