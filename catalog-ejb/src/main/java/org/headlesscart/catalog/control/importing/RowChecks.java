package org.headlesscart.catalog.control.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.headlesscart.catalog.control.importing.ImportRow.Attribute;
import org.headlesscart.catalog.control.importing.ImportRow.Type;

/**
 * What the parser cannot know but the catalog needs of a row before it is written: the column sizes of the
 * schema, unique attribute names, and a parent for every variation. Checking first turns what would be a
 * database error into a sentence that names the column.
 */
final class RowChecks {

    private static final int NAME = 255;
    private static final int SKU = 100;
    private static final int TERM = 200;
    private static final int URL = 2048;
    private static final int BUTTON = 255;
    private static final int TAX_CLASS = 64;
    // DECIMAL(12,4): eight digits before the point.
    private static final int MEASURE_INTEGER_DIGITS = 8;

    private RowChecks() {
    }

    /** The row's problems, each a sentence that starts with the column; empty when the row can be written. */
    static List<String> problems(ImportRow row) {
        List<String> problems = new ArrayList<>();
        longer(problems, "Name", row.name(), NAME);
        longer(problems, "SKU", row.sku(), SKU);
        longer(problems, "Tax class", row.taxClass(), TAX_CLASS);
        longer(problems, "External URL", row.externalUrl(), URL);
        longer(problems, "Button text", row.buttonText(), BUTTON);
        row.categories().forEach(path -> path.forEach(name -> longer(problems, "Categories", name, TERM)));
        row.tags().forEach(tag -> longer(problems, "Tags", tag, TERM));
        longer(problems, "Shipping class", row.shipping().shippingClass(), TERM);
        row.images().forEach(src -> longer(problems, "Images", src, URL));
        measure(problems, "Weight", row.shipping().weight());
        measure(problems, "Length", row.shipping().length());
        measure(problems, "Width", row.shipping().width());
        measure(problems, "Height", row.shipping().height());
        attributes(problems, row.attributes());
        if (row.type() == Type.VARIATION && row.links().parent() == null) {
            problems.add("Parent: a variation needs its parent's SKU or id:N");
        }
        return problems;
    }

    private static void attributes(List<String> problems, List<Attribute> attributes) {
        Map<String, Integer> seen = new HashMap<>();
        for (Attribute a : attributes) {
            String column = "Attribute " + a.position();
            longer(problems, column + " name", a.name(), TERM);
            a.values().forEach(value -> longer(problems, column + " value(s)", value, TERM));
            longer(problems, column + " default", a.defaultValue(), TERM);
            Integer first = seen.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a.position());
            if (first != null) {
                problems.add(column + " name: '" + a.name() + "' is already the name of Attribute " + first);
            }
        }
    }

    private static void longer(List<String> problems, String column, String text, int max) {
        if (text.length() > max) {
            problems.add(column + ": '" + abbreviated(text) + "' is longer than " + max + " characters");
        }
    }

    private static void measure(List<String> problems, String column, BigDecimal value) {
        if (value != null && value.precision() - value.scale() > MEASURE_INTEGER_DIGITS) {
            problems.add(column + ": '" + value.toPlainString() + "' is too large");
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
