package org.headlesscart.pricing.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.pricing.control.tax.CsvRows;
import org.headlesscart.pricing.control.tax.TaxRateCsv;
import org.headlesscart.pricing.control.tax.TaxRateFields;
import org.headlesscart.pricing.control.tax.TaxRateStore;
import org.headlesscart.pricing.entity.TaxRateRow;
import org.headlesscart.pricing.model.TaxImportReport;

/**
 * Imports WooCommerce's tax rate CSV (docs/tax-and-shipping-admin.md): each good row becomes a rate after the
 * table's last one, in file order; a bad row is refused with its reason and the others still count, as
 * WooCommerce's importer goes on past a bad row. The size of the body is bounded by the request limits; the
 * number of rows here, so one request cannot hold the table's lock for long.
 */
@Stateless
public class TaxImportService {

    @Inject
    @ConfigProperty(name = "headlesscart.pricing.tax-import-max-rows", defaultValue = "5000")
    int maxRows;

    @Inject
    TaxRateStore rates;

    @Inject
    TaxAdminService admin;

    @Inject
    RulesRevision revision;

    /**
     * A file uploaded as WooCommerce's tax rate export (the console's import): it must be UTF-8 text whose first row
     * is the export's header ({@link TaxRateCsv#HEADER}), else it is refused whole before anything is written: a
     * product export or any other CSV would otherwise be read row by row as rates. Then as {@link #importCsv}.
     *
     * @throws TaxShippingException {@link TaxShippingFailure#IMPORT_NOT_TAX_RATES} with the reason, or
     *                              {@link TaxShippingFailure#IMPORT_TOO_MANY_ROWS}; nothing imported
     */
    public TaxImportReport importFile(byte[] file) {
        String csv = TaxRateCsv.exportText(file).orElseThrow(() -> notTaxRates(
                "the file is not UTF-8 text."));
        List<CsvRows.Row> rows = CsvRows.read(csv);
        if (rows.isEmpty()) {
            throw notTaxRates("the file is empty.");
        }
        TaxRateCsv.headerProblem(rows.get(0).cells()).ifPresent(problem -> {
            throw notTaxRates(problem);
        });
        return importCsv(csv);
    }

    private static TaxShippingException notTaxRates(String reason) {
        return new TaxShippingException(TaxShippingFailure.IMPORT_NOT_TAX_RATES,
                "Not a WooCommerce tax rate export: " + reason);
    }

    /** @throws TaxShippingException {@link TaxShippingFailure#IMPORT_TOO_MANY_ROWS}, nothing imported */
    public TaxImportReport importCsv(String csv) {
        List<CsvRows.Row> rows = CsvRows.read(csv);
        if (!rows.isEmpty() && TaxRateCsv.isHeader(rows.get(0).cells())) {
            rows = rows.subList(1, rows.size());
        }
        if (rows.size() > maxRows) {
            throw new TaxShippingException(TaxShippingFailure.IMPORT_TOO_MANY_ROWS,
                    "The file has " + rows.size() + " rows; at most " + maxRows + " are imported at once.");
        }
        List<String> classes = admin.classSlugs();
        int order = rates.lastOrder();
        List<Long> imported = new ArrayList<>();
        List<TaxImportReport.Refused> refused = new ArrayList<>();
        for (CsvRows.Row row : rows) {
            TaxRateCsv.Parsed parsed = TaxRateCsv.parse(row.cells(), order + 1);
            if (parsed.problem() != null) {
                refused.add(new TaxImportReport.Refused(row.line(), parsed.problem()));
                continue;
            }
            TaxRateRow rate = new TaxRateRow(BigDecimal.ZERO.setScale(4));
            Map<String, String> problems = TaxRateFields.apply(parsed.draft(), rate, classes);
            if (!problems.isEmpty()) {
                refused.add(new TaxImportReport.Refused(row.line(), String.join(" ", problems.values())));
                continue;
            }
            rates.add(rate);
            imported.add(rate.getId());
            order++;
        }
        if (!imported.isEmpty()) {
            revision.bump();
        }
        return new TaxImportReport(rows.size(), imported, refused);
    }
}
