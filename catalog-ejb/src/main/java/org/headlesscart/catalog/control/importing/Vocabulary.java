package org.headlesscart.catalog.control.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.headlesscart.catalog.control.importing.ImportRow.Backorders;
import org.headlesscart.catalog.control.importing.ImportRow.Status;
import org.headlesscart.catalog.control.importing.ImportRow.StockStatus;
import org.headlesscart.catalog.control.importing.ImportRow.TaxStatus;
import org.headlesscart.catalog.control.importing.ImportRow.Type;
import org.headlesscart.catalog.control.importing.ImportRow.Visibility;

/**
 * The words and codes WooCommerce writes in its enumerated columns. Like {@link Cells}, each method takes the
 * stripped cell and throws {@link IllegalArgumentException} with a short message; matching ignores case.
 */
final class Vocabulary {

    /** The Type column, which lists the product type and the flags {@code virtual} and {@code downloadable}. */
    record TypeCell(Type type, boolean virtual, boolean downloadable) {
        static final TypeCell SIMPLE = new TypeCell(Type.SIMPLE, false, false);
    }

    private Vocabulary() {
    }

    /** As WooCommerce does, a cell that names no type (only flags, or nothing) means {@code simple}. */
    static TypeCell type(String cell) {
        Type type = null;
        boolean virtual = false;
        boolean downloadable = false;
        for (String token : Cells.list(cell)) {
            switch (token.toLowerCase(Locale.ROOT)) {
                case "virtual" -> virtual = true;
                case "downloadable" -> downloadable = true;
                default -> {
                    Type named = oneOf(token, Type.values(), Type::slug, "a product type");
                    if (type != null && type != named) {
                        throw new IllegalArgumentException(Cells.quoted(cell) + " names two product types");
                    }
                    type = named;
                }
            }
        }
        return new TypeCell(type == null ? Type.SIMPLE : type, virtual, downloadable);
    }

    /**
     * WooCommerce exports publish as 1, private as 0 and draft as -1 (and accepts true and false); its importer
     * makes an empty cell a draft.
     */
    static Status published(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> Status.PUBLISH;
            case "0" -> Status.PRIVATE;
            case "-1", "false", "" -> Status.DRAFT;
            default -> throw new IllegalArgumentException(
                    Cells.quoted(cell) + " is not 1 (published), 0 (private) or -1 (draft)");
        };
    }

    static Visibility visibility(String cell) {
        return cell.isEmpty() ? Visibility.VISIBLE : oneOf(cell, Visibility.values(), Visibility::slug, "a visibility");
    }

    /** WooCommerce also accepts true (taxable) and false (none). */
    static TaxStatus taxStatus(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "", "true" -> TaxStatus.TAXABLE;
            case "false" -> TaxStatus.NONE;
            default -> oneOf(cell, TaxStatus.values(), TaxStatus::slug, "a tax status");
        };
    }

    /** The In stock? column: 1, 0 or {@code backorder}; WooCommerce's own status names are accepted too. */
    static StockStatus stockStatus(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "backorder", "onbackorder" -> StockStatus.ON_BACKORDER;
            case "instock" -> StockStatus.IN_STOCK;
            case "outofstock" -> StockStatus.OUT_OF_STOCK;
            default -> {
                try {
                    yield Cells.bool(cell, true) ? StockStatus.IN_STOCK : StockStatus.OUT_OF_STOCK;
                } catch (IllegalArgumentException notBoolean) {
                    throw new IllegalArgumentException(Cells.quoted(cell) + " is not 1, 0 or backorder");
                }
            }
        };
    }

    /** The Backorders allowed? column: 1, 0 or {@code notify}. */
    static Backorders backorders(String cell) {
        if (cell.equalsIgnoreCase("notify")) {
            return Backorders.NOTIFY;
        }
        try {
            return Cells.bool(cell, false) ? Backorders.YES : Backorders.NO;
        } catch (IllegalArgumentException notBoolean) {
            throw new IllegalArgumentException(Cells.quoted(cell) + " is not 1, 0 or notify");
        }
    }

    private static <E extends Enum<E>> E oneOf(String cell, E[] values, Function<E, String> slug, String what) {
        for (E value : values) {
            if (slug.apply(value).equalsIgnoreCase(cell)) {
                return value;
            }
        }
        String allowed = Arrays.stream(values).map(slug).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(Cells.quoted(cell) + " is not " + what + " (" + allowed + ")");
    }
}
