package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;

import org.headlesscart.catalog.model.ImportReport;
import org.headlesscart.catalog.model.ImportReport.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The passes, the counting and the reporting of an import, with the transactions replaced by a recorder. */
class ImportRunTest {

    static final String FILE = """
            ID,Type,SKU,Name,Parent,Upsells,Regular price
            1,variation,tee-red,,tee,,10
            2,variable,tee,Tee,,cap,
            3,simple,cap,Cap,,,x
            4,simple,,Mug,,,5
            5,simple,belt,Belt,,,5
            """;

    // Held, so that the setting outlives garbage collection; the refusals below are logged with their stacks.
    static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ImportRun.class.getName());

    final RecordingImporter importer = new RecordingImporter();

    @BeforeAll
    static void quietTheExpectedFailures() {
        LOG.setLevel(java.util.logging.Level.OFF);
    }

    @Test
    void writesVariationsAfterEverythingElseAndLinksLast() throws IOException {
        new ImportRun(importer).run(parse(FILE));

        assertEquals(List.of("write 3", "write 5", "write 6", "write 2", "link 3"), importer.calls,
                "line 4 has a bad price and is never written; line 2, a variation, comes after its parent");
    }

    @Test
    void countsCreatedUpdatedAndSkippedRows() throws IOException {
        importer.existingSkus.add("belt");

        ImportReport report = new ImportRun(importer).run(parse(FILE));

        assertEquals(3, report.created(), "tee, the mug and the variation");
        assertEquals(1, report.updated(), "the belt existed");
        assertEquals(1, report.skipped(), "the cap's price is not a number");
        assertEquals(List.of(new Problem(4, "", "Regular price: 'x' is not a number")), report.problems());
    }

    @Test
    void aRejectedRowIsReportedWithItsLineAndSkuAndTheOthersGoOn() throws IOException {
        importer.outcomes.put("tee-red", task -> RowOutcome.rejected(List.of("Parent: no product has the SKU 'tee'")));

        ImportReport report = new ImportRun(importer).run(parse(FILE));

        assertEquals(2, report.skipped());
        assertEquals(new Problem(2, "tee-red", "Parent: no product has the SKU 'tee'"), report.problems().get(0));
        assertEquals(3, report.created());
    }

    @Test
    void aRowTheDatabaseRefusesIsReportedInTheDatabasesWords() throws IOException {
        importer.outcomes.put("belt", task -> {
            throw new EJBException(new PersistenceException("could not execute statement",
                    new SQLIntegrityConstraintViolationException("Duplicate entry 'belt' for key 'uk_product_slug'")));
        });

        ImportReport report = new ImportRun(importer).run(parse(FILE));

        assertEquals(new Problem(6, "belt", "The row could not be saved: Duplicate entry 'belt' for key 'uk_product_slug'"),
                report.problems().get(1));
        assertEquals(2, report.skipped());
    }

    @Test
    void linkProblemsAreReportedButTheRowCountsAsWritten() throws IOException {
        importer.linkProblems = List.of("Upsells: no product has the SKU 'cap'");

        ImportReport report = new ImportRun(importer).run(parse(FILE));

        assertEquals(List.of(new Problem(3, "tee", "Upsells: no product has the SKU 'cap'"),
                new Problem(4, "", "Regular price: 'x' is not a number")), report.problems(), "in line order");
        assertEquals(1, report.skipped());
        assertEquals(4, report.created());
    }

    @Test
    void tellsItsProgressRowByRowAsTheRowsAreWritten() throws IOException {
        ImportJobs.Job job = new ImportJobs().start();
        List<Integer> doneAtEachWrite = new ArrayList<>();
        importer.outcomes.put("belt", task -> {
            doneAtEachWrite.add(job.view().done());
            return RowOutcome.written(200L, true, true);
        });

        ImportReport report = new ImportRun(importer).run(parse(FILE), job);
        job.finish(report);

        assertEquals(List.of(2), doneAtEachWrite, "the tee and the mug were written before the belt");
        assertEquals(4, job.view().total(), "the rows that parsed; the cap's bad price is no row to write");
        assertEquals(4, job.view().done());
        assertEquals(100, job.view().percent());
        assertEquals(report, job.view().report().orElseThrow());
    }

    @Test
    void laterRowsSeeTheProductsEarlierRowsWroteByTheirIds() throws IOException {
        new ImportRun(importer).run(parse(FILE));

        assertEquals(Map.of(2L, 100L, 4L, 101L, 5L, 102L), importer.importedIdsSeenBy.get("tee-red"));
    }

    @Test
    void aFileProblemIsReportedOnLineOneAndSkipsNoRow() throws IOException {
        ImportReport report = new ImportRun(importer).run(new WooCommerceCsv().parse(new StringReader("")));

        assertEquals(new ImportReport(0, 0, 0, List.of(new Problem(1, "", "The file is empty"))), report);
    }

    private static ImportResult parse(String csv) throws IOException {
        return new WooCommerceCsv().parse(new StringReader(csv));
    }

    /** Records the calls the container would run in transactions of their own. */
    static class RecordingImporter extends CatalogImporter {

        final List<String> calls = new ArrayList<>();
        final List<String> existingSkus = new ArrayList<>();
        final Map<String, Function<RowTask, RowOutcome>> outcomes = new HashMap<>();
        final Map<String, Map<Long, Long>> importedIdsSeenBy = new HashMap<>();
        final Map<Long, Integer> lineOfProduct = new HashMap<>();
        List<String> linkProblems = List.of();
        long nextId = 100;

        @Override
        public RowOutcome write(RowTask task) {
            ImportRow row = task.row();
            calls.add("write " + row.lineNumber());
            importedIdsSeenBy.put(row.sku(), Map.copyOf(task.importedIds()));
            RowOutcome outcome = outcomes.getOrDefault(row.sku(),
                    t -> RowOutcome.written(nextId++, !existingSkus.contains(row.sku()), true)).apply(task);
            lineOfProduct.put(outcome.productId(), row.lineNumber());
            return outcome;
        }

        @Override
        public List<String> link(LinkTask task) {
            calls.add("link " + lineOfProduct.get(task.productId()));
            return linkProblems;
        }
    }
}
