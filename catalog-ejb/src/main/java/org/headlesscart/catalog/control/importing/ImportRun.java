package org.headlesscart.catalog.control.importing;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJBException;

import org.headlesscart.catalog.model.ImportReport;
import org.headlesscart.catalog.control.importing.ImportRow.Type;

/**
 * One import of a parsed file. The rows are written one transaction each ({@link CatalogImporter}): first every
 * row that is not a variation, in file order, then the variations, so that a parent is in before its variations
 * wherever it stands in the file. Then, once every row is in, the links (grouped products, upsells, cross-sells),
 * which may name rows further down. A row that fails is reported with its line and the reason, and the import goes
 * on. Not thread-safe: one instance per import.
 */
public final class ImportRun {

    private static final Logger LOG = System.getLogger(ImportRun.class.getName());
    private static final Comparator<ImportRow> VARIATIONS_LAST = Comparator.comparing(r -> r.type() == Type.VARIATION);

    private final CatalogImporter importer;
    private final Map<Long, Long> importedIds = new HashMap<>();
    private final List<ImportReport.Problem> problems = new ArrayList<>();
    private final Set<Integer> skippedLines = new HashSet<>();
    private int created;
    private int updated;

    private record Written(ImportRow row, long productId) {
    }

    public ImportRun(CatalogImporter importer) {
        this.importer = importer;
    }

    public ImportReport run(ImportResult parsed) {
        return run(parsed, ImportProgress.NONE);
    }

    /** Runs the import and tells {@code progress} how many rows there are, then each row as it is written. */
    public ImportReport run(ImportResult parsed, ImportProgress progress) {
        progress.started(parsed.rows().size());
        // Line 1 is the header: a problem there concerns the file, not a row.
        parsed.problems().forEach(p -> problem(p.lineNumber(), "", p.message(), p.lineNumber() > 1));
        Map<Integer, Set<String>> varied = AttributeMapping.variedAttributes(parsed.rows());
        List<Written> written = new ArrayList<>();
        parsed.rows().stream().sorted(VARIATIONS_LAST)     // a stable sort: file order otherwise
                .forEach(row -> {
                    write(row, varied.getOrDefault(row.lineNumber(), Set.of())).ifPresent(written::add);
                    progress.rowDone();
                });
        written.stream().filter(w -> hasLinks(w.row().links())).forEach(this::link);
        problems.sort(Comparator.comparingInt(ImportReport.Problem::lineNumber));
        return new ImportReport(created, updated, skippedLines.size(), problems);
    }

    private Optional<Written> write(ImportRow row, Set<String> varied) {
        try {
            RowOutcome outcome = importer.write(new RowTask(row, Collections.unmodifiableMap(importedIds), varied));
            if (outcome.isRejected()) {
                outcome.problems().forEach(message -> problem(row.lineNumber(), row.sku(), message, true));
                return Optional.empty();
            }
            if (row.wooId() != null) {
                importedIds.put(row.wooId(), outcome.productId());
            }
            if (outcome.created()) {
                created++;
            } else {
                updated++;
            }
            return Optional.of(new Written(row, outcome.productId()));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Line " + row.lineNumber() + " of a WooCommerce CSV import was rolled back", failed);
            problem(row.lineNumber(), row.sku(), "The row could not be saved: " + reason(failed), true);
            return Optional.empty();
        }
    }

    private void link(Written written) {
        ImportRow row = written.row();
        try {
            importer.link(new LinkTask(written.productId(), row.links(), Collections.unmodifiableMap(importedIds)))
                    .forEach(message -> problem(row.lineNumber(), row.sku(), message, false));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The links of line " + row.lineNumber() + " of a WooCommerce CSV import were rolled back", failed);
            problem(row.lineNumber(), row.sku(), "The row's links could not be saved: " + reason(failed), false);
        }
    }

    private void problem(int line, String sku, String message, boolean skipsRow) {
        problems.add(new ImportReport.Problem(line, sku, message));
        if (skipsRow) {
            skippedLines.add(line);
        }
    }

    private static boolean hasLinks(ImportRow.Links links) {
        return !links.groupedProducts().isEmpty() || !links.upsells().isEmpty() || !links.crossSells().isEmpty();
    }

    /**
     * The database's own words where there are any ("Duplicate entry 'x' for key 'uk_product_slug'"), else the
     * innermost message: the container wraps them in an {@link EJBException}, Hibernate in its own exceptions.
     */
    static String reason(Throwable failure) {
        String innermost = null;
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = causeOf(t)) {
            if (t instanceof SQLException && t.getMessage() != null) {
                return t.getMessage();
            }
            innermost = t.getMessage() == null ? innermost : t.getMessage();
        }
        return innermost == null ? failure.getClass().getSimpleName() : innermost;
    }

    private static Throwable causeOf(Throwable t) {
        return t instanceof EJBException ejb && ejb.getCause() == null ? ejb.getCausedByException() : t.getCause();
    }
}
