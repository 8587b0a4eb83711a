package org.headlesscart.pricing.model;

import java.util.List;

/**
 * What a tax rate CSV import did: the ids of the rates it added, in file order, and the rows it refused.
 *
 * @param rows the data rows read (the header excluded)
 */
public record TaxImportReport(int rows, List<Long> imported, List<Refused> refused) {

    public TaxImportReport {
        imported = List.copyOf(imported);
        refused = List.copyOf(refused);
    }

    /** @param line the row's line number in the file, 1 being the header */
    public record Refused(int line, String reason) {
    }
}
