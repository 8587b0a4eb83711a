package org.headlesscart.catalog.control.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.control.importing.ImportRow.Attribute;
import org.headlesscart.catalog.control.importing.ImportRow.Download;
import org.headlesscart.catalog.control.importing.ImportRow.Type;

/** Reads the columns that come in numbered or keyed groups: "Attribute N …", "Download N …" and "Meta: …". */
final class ColumnGroups {

    private final Columns columns;

    ColumnGroups(Columns columns) {
        this.columns = columns;
    }

    /**
     * A group without a name is skipped, as WooCommerce skips it, unless it has values: those would be lost
     * silently.
     */
    List<Attribute> attributes(RowCells cells, Type type) {
        List<Attribute> attributes = new ArrayList<>();
        for (int n : columns.attributeNumbers()) {
            String name = cells.text(Columns.attribute(n, "name"));
            String valuesKey = Columns.attribute(n, "value(s)");
            String values = cells.text(valuesKey);
            if (name.isEmpty()) {
                if (!values.isEmpty()) {
                    cells.problem(valuesKey, "has values but the attribute has no name");
                }
                continue;
            }
            attributes.add(new Attribute(n, name, values(values, type),
                    cells.bool(Columns.attribute(n, "visible"), true),
                    cells.bool(Columns.attribute(n, "global"), false),
                    cells.text(Columns.attribute(n, "default"))));
        }
        return attributes;
    }

    /** A download needs a URL; a name alone is a mistake worth reporting. */
    List<Download> downloads(RowCells cells) {
        List<Download> downloads = new ArrayList<>();
        for (int n : columns.downloadNumbers()) {
            String nameKey = Columns.download(n, "name");
            String name = cells.text(nameKey);
            String url = cells.text(Columns.download(n, "url"));
            if (!url.isEmpty()) {
                downloads.add(new Download(n, name, url));
            } else if (!name.isEmpty()) {
                cells.problem(nameKey, Cells.quoted(name) + " has no URL");
            }
        }
        return downloads;
    }

    /**
     * Meta values as written. Empty cells are left out: an export has one column per key used by any product, so
     * an empty cell mostly means that this product lacks the key.
     */
    Map<String, String> meta(RowCells cells) {
        Map<String, String> meta = new LinkedHashMap<>();
        columns.metaColumns().forEach((key, column) -> {
            String value = cells.raw(column);
            if (!value.isEmpty()) {
                meta.put(key, value);
            }
        });
        return meta;
    }

    /**
     * A parent lists its values, split like any WooCommerce list; a variation holds one value, which may itself
     * contain an escaped comma, and none for "any".
     */
    private static List<String> values(String cell, Type type) {
        if (type != Type.VARIATION) {
            return Cells.list(cell);
        }
        String value = Cells.unescapeCommas(cell);
        return value.isEmpty() ? List.of() : List.of(value);
    }
}
