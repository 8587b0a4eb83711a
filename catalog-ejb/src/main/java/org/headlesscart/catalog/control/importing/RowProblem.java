package org.headlesscart.catalog.control.importing;

/**
 * Why a row was not imported. A row may have several problems; each names one cell.
 *
 * @param lineNumber the physical line the row starts on; the header is line 1
 * @param column     the column header as written in the file, or empty when the problem concerns the whole row
 * @param message    a short sentence for people that starts with the column, e.g.
 *                   {@code Regular price: '12,5x' is not a number}
 */
public record RowProblem(int lineNumber, String column, String message) {

    public RowProblem {
        if (column == null || message == null) {
            throw new IllegalArgumentException("A row problem needs a column (may be empty) and a message");
        }
    }

    static RowProblem ofRow(int lineNumber, String message) {
        return new RowProblem(lineNumber, "", message);
    }
}
