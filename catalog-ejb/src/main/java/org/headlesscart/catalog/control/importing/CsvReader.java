package org.headlesscart.catalog.control.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records one at a time: comma-separated cells, cells in double quotes that may hold commas,
 * doubled quotes and line breaks. Records end at LF, CRLF or a lone CR. A UTF-8 byte order mark before the
 * first record is skipped.
 *
 * <p>It is lenient where the RFC is silent, as PHP's {@code fgetcsv} (which WooCommerce uses) is: a quote in the
 * middle of an unquoted cell, or text after a closing quote, is kept as text. Only a quote that is never closed
 * is reported, because it swallows the rest of the file into one cell.
 */
final class CsvReader {

    /**
     * One record.
     *
     * @param lineNumber    the physical line the record starts on, the first line being 1
     * @param cells         the cells as read, never null; a blank line is one empty cell
     * @param unclosedQuote whether a quoted cell ran to the end of the input
     */
    record CsvRecord(int lineNumber, List<String> cells, boolean unclosedQuote) {

        CsvRecord {
            cells = List.copyOf(cells);
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    private static final int END = -1;
    private static final int UNCLOSED = -2;
    private static final char BOM = '\uFEFF';

    private final BufferedReader in;
    private int nextLine = 1;
    private boolean started;

    CsvReader(Reader in) {
        this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
    }

    /** @return the next record, or null at the end of the input */
    CsvRecord next() throws IOException {
        int startLine = nextLine;
        int c = read();
        if (!started) {
            started = true;
            if (c == BOM) {
                c = read();
            }
        }
        if (c == END) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        boolean unclosed = false;
        while (true) {
            StringBuilder cell = new StringBuilder();
            if (c == '"') {
                c = readQuoted(cell);
                if (c == UNCLOSED) {
                    unclosed = true;
                    c = END;
                }
            }
            while (c != ',' && c != '\n' && c != END) {
                cell.append((char) c);
                c = read();
            }
            cells.add(cell.toString());
            if (c != ',') {
                return new CsvRecord(startLine, cells, unclosed);
            }
            c = read();
        }
    }

    /** Reads up to the closing quote, which it consumes; returns the character after it. */
    private int readQuoted(StringBuilder cell) throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                return UNCLOSED;
            }
            if (c == '"') {
                c = read();
                if (c != '"') {
                    return c;
                }
            }
            cell.append((char) c);
        }
    }

    /**
     * Returns the next character with every line break as a single {@code '\n'}, and counts physical lines. Line
     * breaks inside quoted cells come out as {@code '\n'} too, so a description reads the same whichever system
     * saved the file.
     */
    private int read() throws IOException {
        int c = in.read();
        if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
            c = '\n';
        }
        if (c == '\n') {
            nextLine++;
        }
        return c;
    }
}
