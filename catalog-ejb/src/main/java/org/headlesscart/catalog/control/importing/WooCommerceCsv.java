package org.headlesscart.catalog.control.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.headlesscart.catalog.control.importing.CsvReader.CsvRecord;

/**
 * Parses a WooCommerce product CSV (the format of WooCommerce's product export) into typed rows and row problems.
 * A bad row never stops the others. The parser is immutable and safe to share.
 *
 * <p>It reads the whole file into memory: a catalog export is at most some megabytes, and the importer needs all
 * rows at once anyway to resolve the references between them.
 */
public final class WooCommerceCsv {

    public static final int DEFAULT_CURRENCY_DECIMALS = 2;
    private static final int MAX_CURRENCY_DECIMALS = 8;

    private final int currencyDecimals;
    private final ZoneId storeZone;

    /** A parser for a currency with 2 decimals, reading sale dates as UTC. */
    public WooCommerceCsv() {
        this(DEFAULT_CURRENCY_DECIMALS, ZoneOffset.UTC);
    }

    /** A parser for a currency with the given decimals, reading sale dates as UTC. */
    public WooCommerceCsv(int currencyDecimals) {
        this(currencyDecimals, ZoneOffset.UTC);
    }

    /**
     * @param currencyDecimals the decimals of the store currency (2 for EUR, 0 for JPY), which fix the minor
     *                         units; a price with more decimals is a row problem, never rounded
     * @param storeZone        the zone in which to read sale dates; WooCommerce writes them in the store's local
     *                         time, so pass the store's zone to get the exact instants
     */
    public WooCommerceCsv(int currencyDecimals, ZoneId storeZone) {
        if (currencyDecimals < 0 || currencyDecimals > MAX_CURRENCY_DECIMALS) {
            throw new IllegalArgumentException("Currency decimals must be 0 to " + MAX_CURRENCY_DECIMALS + ": " + currencyDecimals);
        }
        this.currencyDecimals = currencyDecimals;
        this.storeZone = Objects.requireNonNull(storeZone, "storeZone");
    }

    /**
     * Parses UTF-8 bytes, with or without a byte order mark. Bytes that are not UTF-8 (say, a file saved as
     * Windows-1252) become problems of the cells that hold them. Does not close the stream.
     */
    public ImportResult parse(InputStream csv) throws IOException {
        return parse(new InputStreamReader(csv, StandardCharsets.UTF_8));
    }

    /**
     * Parses CSV text whose first line is the header. An empty input, or a header that names no column of the
     * WooCommerce format, gives a problem on line 1 and no rows. Does not close the reader.
     *
     * @throws IOException only if reading fails; bad content never throws
     */
    public ImportResult parse(Reader csv) throws IOException {
        CsvReader reader = new CsvReader(csv);
        CsvRecord header = reader.next();
        if (header == null) {
            return failed("The file is empty");
        }
        if (header.unclosedQuote()) {
            return failed("A quoted header cell is never closed");
        }
        Columns columns = new Columns(header.cells());
        if (!columns.knowsAnyColumn()) {
            return failed("The first line names no column of a WooCommerce product export, such as SKU or Name");
        }
        RowMapper mapper = new RowMapper(columns, currencyDecimals, storeZone);
        List<ImportRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            // WooCommerce skips rows without content too; spreadsheets like to leave some at the end.
            if (!record.isBlank()) {
                mapper.map(record, problems).ifPresent(rows::add);
            }
        }
        return new ImportResult(rows, problems);
    }

    private static ImportResult failed(String message) {
        return new ImportResult(List.of(), List.of(RowProblem.ofRow(1, message)));
    }
}
