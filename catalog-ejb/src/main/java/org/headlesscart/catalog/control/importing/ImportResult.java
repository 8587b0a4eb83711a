package org.headlesscart.catalog.control.importing;

import java.util.List;

/**
 * What a CSV file held: the rows that parsed, in file order, and the problems of the rows that did not. A row
 * with any problem is left out of {@code rows}, so the two never describe the same line.
 */
public record ImportResult(List<ImportRow> rows, List<RowProblem> problems) {

    public ImportResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
