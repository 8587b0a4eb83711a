package org.headlesscart.catalog.control.importing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.headlesscart.catalog.control.importing.CsvReader.CsvRecord;

/**
 * The cells of one record by column key. Every read that fails records a {@link RowProblem} and returns a
 * fallback, so one pass over a row reports all its bad cells instead of stopping at the first.
 */
final class RowCells {

    // What a decoder puts where the input was not UTF-8.
    private static final char REPLACEMENT = '\uFFFD';

    private final Columns columns;
    private final CsvRecord record;
    // A set, because a cell read twice (e.g. Stock, which may say "parent") must not report its problem twice.
    private final Set<RowProblem> problems = new LinkedHashSet<>();

    RowCells(Columns columns, CsvRecord record) {
        this.columns = columns;
        this.record = record;
    }

    int lineNumber() {
        return record.lineNumber();
    }

    List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    boolean has(String key) {
        return columns.has(key);
    }

    String header(String key) {
        return columns.header(key);
    }

    /** The cell as written, only with the exporter's formula guard removed; empty if the column is absent. */
    String raw(String key) {
        String cell = Cells.unguardFormula(columns.cell(record.cells(), key));
        if (cell.indexOf(REPLACEMENT) >= 0) {
            problem(key, "contains bytes that are not UTF-8; save the file as UTF-8");
        }
        return cell;
    }

    /** The cell without surrounding white space. */
    String text(String key) {
        return raw(key).strip();
    }

    /**
     * Parses the stripped cell.
     *
     * @param fallback returned when the cell does not parse; the row is dropped then, so it only has to be safe
     */
    <T> T parse(String key, Function<String, T> parser, T fallback) {
        String text = text(key);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException bad) {
            problem(key, bad.getMessage());
            return fallback;
        }
    }

    <T> T parse(String key, Function<String, T> parser) {
        return parse(key, parser, null);
    }

    boolean bool(String key, boolean ifEmpty) {
        return parse(key, cell -> Cells.bool(cell, ifEmpty), ifEmpty);
    }

    List<ProductRef> refs(String key) {
        return parse(key, cell -> Cells.list(cell).stream().map(ProductRef::parse).toList(), List.of());
    }

    void problem(String key, String detail) {
        String header = columns.header(key);
        problems.add(new RowProblem(record.lineNumber(), header, header + ": " + detail));
    }
}
