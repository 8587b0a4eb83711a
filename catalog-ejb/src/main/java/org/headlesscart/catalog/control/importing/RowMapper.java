package org.headlesscart.catalog.control.importing;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.headlesscart.catalog.control.importing.CsvReader.CsvRecord;
import org.headlesscart.catalog.control.importing.ImportRow.Backorders;
import org.headlesscart.catalog.control.importing.ImportRow.Inventory;
import org.headlesscart.catalog.control.importing.ImportRow.Links;
import org.headlesscart.catalog.control.importing.ImportRow.Pricing;
import org.headlesscart.catalog.control.importing.ImportRow.Shipping;
import org.headlesscart.catalog.control.importing.ImportRow.Status;
import org.headlesscart.catalog.control.importing.ImportRow.StockStatus;
import org.headlesscart.catalog.control.importing.ImportRow.TaxStatus;
import org.headlesscart.catalog.control.importing.ImportRow.Type;
import org.headlesscart.catalog.control.importing.ImportRow.Visibility;
import org.headlesscart.catalog.control.importing.Vocabulary.TypeCell;

/** Turns one CSV record into an {@link ImportRow}, or into the problems that keep it out. */
final class RowMapper {

    private final Columns columns;
    private final ColumnGroups groups;
    private final int currencyDecimals;
    private final ZoneId storeZone;

    RowMapper(Columns columns, int currencyDecimals, ZoneId storeZone) {
        this.columns = columns;
        this.groups = new ColumnGroups(columns);
        this.currencyDecimals = currencyDecimals;
        this.storeZone = storeZone;
    }

    /**
     * @param problems receives the record's problems, if any
     * @return the row, or empty if the record has any problem
     */
    Optional<ImportRow> map(CsvRecord record, List<RowProblem> problems) {
        int line = record.lineNumber();
        if (record.unclosedQuote()) {
            problems.add(RowProblem.ofRow(line, "A quoted cell that starts in this row is never closed"));
            return Optional.empty();
        }
        if (record.cells().size() > columns.width()) {
            // The cells are probably shifted, so any message about a single cell would mislead.
            problems.add(RowProblem.ofRow(line,
                    "The row has " + record.cells().size() + " cells but the header has " + columns.width()));
            return Optional.empty();
        }
        RowCells cells = new RowCells(columns, record);
        ImportRow row = read(cells);
        problems.addAll(cells.problems());
        return cells.problems().isEmpty() ? Optional.of(row) : Optional.empty();
    }

    private ImportRow read(RowCells cells) {
        TypeCell type = cells.parse("type", Vocabulary::type, TypeCell.SIMPLE);
        return new ImportRow(
                cells.lineNumber(),
                cells.parse("id", Cells::productId),
                type.type(), type.virtual(), type.downloadable(),
                cells.text("sku"),
                cells.text("name"),
                status(cells, type.type()),
                cells.bool("is featured?", false),
                cells.parse("visibility in catalog", Vocabulary::visibility, Visibility.VISIBLE),
                Cells.multiline(cells.raw("short description")),
                Cells.multiline(cells.raw("description")),
                pricing(cells),
                cells.parse("tax status", Vocabulary::taxStatus, TaxStatus.TAXABLE),
                cells.text("tax class"),
                inventory(cells),
                shipping(cells),
                cells.bool("allow customer reviews?", false),
                cells.raw("purchase note"),
                cells.parse("categories", Cells::categoryPaths, List.of()),
                cells.parse("tags", Cells::list, List.of()),
                cells.parse("images", Cells::list, List.of()),
                cells.parse("download limit", Cells::wholeNumber),
                cells.parse("download expiry days", Cells::wholeNumber),
                groups.downloads(cells),
                links(cells),
                cells.text("external url"),
                cells.text("button text"),
                Optional.ofNullable(cells.parse("position", Cells::wholeNumber)).orElse(0),
                groups.attributes(cells, type.type()),
                groups.meta(cells));
    }

    private static Status status(RowCells cells, Type type) {
        if (!cells.has("published")) {
            return Status.PUBLISH;
        }
        Status status = cells.parse("published", Vocabulary::published, Status.DRAFT);
        // The exporter writes -1 for every variation of a draft parent, whatever the variation's own status, and
        // a variation is either enabled (publish) or disabled (private). WooCommerce imports these as enabled.
        return type == Type.VARIATION && status == Status.DRAFT ? Status.PUBLISH : status;
    }

    private Pricing pricing(RowCells cells) {
        return new Pricing(
                cells.parse("regular price", cell -> Cells.minorUnits(cell, currencyDecimals)),
                cells.parse("sale price", cell -> Cells.minorUnits(cell, currencyDecimals)),
                cells.parse("date sale price starts", cell -> Cells.instant(cell, storeZone)),
                cells.parse("date sale price ends", cell -> Cells.instant(cell, storeZone)));
    }

    /** Stock is a quantity, empty when WooCommerce does not manage it, or "parent" on a variation. */
    private static Inventory inventory(RowCells cells) {
        boolean fromParent = cells.parse("stock", cell -> cell.equalsIgnoreCase("parent"), false);
        return new Inventory(
                cells.parse("in stock?", Vocabulary::stockStatus, StockStatus.IN_STOCK),
                fromParent ? null : cells.parse("stock", Cells::wholeNumber),
                fromParent,
                cells.parse("low stock amount", Cells::wholeNumber),
                cells.parse("backorders allowed?", Vocabulary::backorders, Backorders.NO),
                cells.bool("sold individually?", false));
    }

    private Shipping shipping(RowCells cells) {
        return new Shipping(
                cells.parse(Columns.WEIGHT, Cells::decimal),
                cells.parse(Columns.LENGTH, Cells::decimal),
                cells.parse(Columns.WIDTH, Cells::decimal),
                cells.parse(Columns.HEIGHT, Cells::decimal),
                columns.unit(Columns.WEIGHT),
                columns.dimensionUnit(),
                cells.text("shipping class"));
    }

    private static Links links(RowCells cells) {
        return new Links(
                cells.parse("parent", cell -> cell.isEmpty() ? null : ProductRef.parse(cell)),
                cells.refs("grouped products"),
                cells.refs("upsells"),
                cells.refs("cross-sells"));
    }
}
