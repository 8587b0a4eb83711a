package org.headlesscart.api.headlesscart.v1.catalog;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.catalog.model.ImportReport;

/**
 * The report of an import: {@code {"created","updated","skipped","problems":[{"line","sku","message"}]}}.
 * {@code line} is the physical line of the file (the header is line 1), as an editor or spreadsheet shows it.
 */
@JsonbPropertyOrder({"created", "updated", "skipped", "problems"})
public record ImportResponse(int created, int updated, int skipped, List<Problem> problems) {

    public static ImportResponse from(ImportReport report) {
        return new ImportResponse(report.created(), report.updated(), report.skipped(), report.problems().stream()
                .map(p -> new Problem(p.lineNumber(), p.sku(), p.message())).toList());
    }

    @JsonbPropertyOrder({"line", "sku", "message"})
    public record Problem(int line, String sku, String message) {
    }
}
