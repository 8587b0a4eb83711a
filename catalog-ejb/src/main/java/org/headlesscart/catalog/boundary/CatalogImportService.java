package org.headlesscart.catalog.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.catalog.control.StoreSettings;
import org.headlesscart.catalog.control.importing.CatalogImporter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.catalog.control.importing.ImportJobs;
import org.headlesscart.catalog.control.importing.ImportResult;
import org.headlesscart.catalog.control.importing.ImportRun;
import org.headlesscart.catalog.control.importing.ImportWorker;
import org.headlesscart.catalog.control.importing.RowProblem;
import org.headlesscart.catalog.control.importing.WooCommerceCsv;
import org.headlesscart.catalog.model.ImportJob;
import org.headlesscart.catalog.model.ImportReport;

/**
 * Imports products into the catalog. Not for storefronts: the WAR lets only the operator call it.
 */
@Stateless
public class CatalogImportService {

    private static final Logger LOG = System.getLogger(CatalogImportService.class.getName());

    @Inject
    StoreSettings store;

    @Inject
    CatalogImporter importer;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportWorker worker;

    /** The most rows one background import takes; a longer file is refused before anything is written. */
    @Inject
    @ConfigProperty(name = "headlesscart.catalog.import-max-rows", defaultValue = "100000")
    int maxRows;

    /**
     * Imports a product CSV in the format of WooCommerce's product export. A product is matched by SKU, so
     * importing the same file again updates the products it created and creates no duplicates; a row without SKU
     * updates only a product written by an earlier row with the same ID in this file, else it creates one. Prices
     * are read in the store currency's decimals, sale dates in the store's time zone.
     *
     * <p>Runs outside any transaction: each row commits on its own, so a bad row is reported with its line and
     * leaves nothing behind, and the other rows still land. Links between products (grouped products, upsells,
     * cross-sells) are set once every row is in. Concurrent imports are not coordinated; one that creates the
     * same category at the same moment as another gets a problem for that row.
     *
     * @param csv the file's bytes, UTF-8 with or without byte order mark; not closed
     * @return what was created, updated and skipped, and every problem with its line; never throws for content
     * @throws UncheckedIOException if reading the stream fails
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport importWooCommerceCsv(InputStream csv) {
        ImportResult parsed;
        try {
            parsed = new WooCommerceCsv(store.currencyDecimals(), store.zone()).parse(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the CSV upload failed", e);
        }
        ImportReport report = new ImportRun(importer).run(parsed);
        LOG.log(Level.INFO, "WooCommerce CSV import: {0} created, {1} updated, {2} skipped, {3} problems",
                report.created(), report.updated(), report.skipped(), report.problems().size());
        return report;
    }

    /**
     * Starts importing a WooCommerce product CSV in the background and answers at once with the import's handle
     * ({@link #importJob}). The file is read first: one that is not a WooCommerce export (empty, or a header that
     * names no column of the format) or has more than {@code headlesscart.catalog.import-max-rows} rows is refused
     * as a whole, finished at once with the reason, and nothing is written. Otherwise rows are written as
     * {@link #importWooCommerceCsv} writes them.
     *
     * @param csv the file's bytes, UTF-8 with or without byte order mark
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob startWooCommerceCsv(byte[] csv) {
        ImportResult parsed;
        try {
            parsed = new WooCommerceCsv(store.currencyDecimals(), store.zone())
                    .parse(new java.io.ByteArrayInputStream(csv));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the CSV upload failed", e);
        }
        Optional<RowProblem> header = parsed.problems().stream().filter(p -> p.lineNumber() == 1).findFirst();
        if (header.isPresent() && parsed.rows().isEmpty()) {
            return jobs.refused("Not a WooCommerce product export: " + header.get().message() + ".");
        }
        int rows = parsed.rows().size() + (int) parsed.problems().stream().filter(p -> p.lineNumber() > 1)
                .mapToInt(RowProblem::lineNumber).distinct().count();
        if (rows > maxRows) {
            return jobs.refused("The file has " + rows + " rows; an import takes at most " + maxRows + ".");
        }
        ImportJobs.Job job = jobs.start();
        job.started(parsed.rows().size());
        worker.run(parsed, job);
        return job.view();
    }

    /** An import started by {@link #startWooCommerceCsv}, as far as it has got; empty once forgotten (an hour). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ImportJob> importJob(String id) {
        return jobs.find(id);
    }
}
