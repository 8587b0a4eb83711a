package org.headlesscart.pricing.control.tax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes doubled, line breaks), as
 * PHP's {@code fgetcsv} reads WooCommerce's tax rate files. A leading byte order mark is dropped; blank lines are
 * no rows. Each row keeps the line it starts on, for the import report.
 */
public final class CsvRows {

    /** One row and the file line it starts on (1-based). */
    public record Row(int line, List<String> cells) {
    }

    private CsvRows() {
    }

    public static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                end(rows, cells, cell, cellStarted, rowLine);
                cells = new ArrayList<>();
                cellStarted = false;
                line++;
                rowLine = line;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        end(rows, cells, cell, cellStarted, rowLine);
        return rows;
    }

    private static void end(List<Row> rows, List<String> cells, StringBuilder cell, boolean started, int line) {
        if (started || !cell.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(line, List.copyOf(cells)));
        }
        cell.setLength(0);
    }
}
