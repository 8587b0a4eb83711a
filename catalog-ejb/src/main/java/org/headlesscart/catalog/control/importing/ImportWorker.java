package org.headlesscart.catalog.control.importing;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.catalog.model.ImportReport;

/**
 * Runs a parsed import on the container's thread pool, so that the page that started it can poll its progress.
 * Outside any transaction, as the synchronous import: each row commits on its own ({@link CatalogImporter}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportWorker {

    private static final Logger LOG = System.getLogger(ImportWorker.class.getName());

    @Inject
    CatalogImporter importer;

    @Asynchronous
    public void run(ImportResult parsed, ImportJobs.Job job) {
        try {
            ImportReport report = new ImportRun(importer).run(parsed, job);
            job.finish(report);
            LOG.log(Level.INFO, "WooCommerce CSV import {0}: {1} created, {2} updated, {3} skipped, {4} problems",
                    job.id(), report.created(), report.updated(), report.skipped(), report.problems().size());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "WooCommerce CSV import " + job.id() + " stopped", e);
            job.stop("The import stopped after " + job.view().done() + " rows: " + ImportRun.reason(e));
        }
    }
}
