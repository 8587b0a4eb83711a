package org.headlesscart.pricing.control.tax;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.headlesscart.platform.numbers.Decimals;
import org.headlesscart.pricing.model.TaxRateDraft;

/**
 * WooCommerce's tax rate CSV (the "Import CSV" / "Export CSV" of WooCommerce → Settings → Tax), ten columns in
 * this order: Country code, State code, Postcode / ZIP, City, Rate %, Tax name, Priority, Compound, Shipping, Tax
 * class. Postcodes and cities are lists separated by {@code ;}; {@code *} or blank means any. Compound and Shipping
 * are {@code 1} or {@code 0}. Columns past the tenth are ignored, as WooCommerce's importer ignores them.
 */
public final class TaxRateCsv {

    public static final List<String> HEADER = List.of("Country code", "State code", "Postcode / ZIP", "City",
            "Rate %", "Tax name", "Priority", "Compound", "Shipping", "Tax class");

    /** A row read as a rate draft, or the reason it cannot be one. */
    public record Parsed(TaxRateDraft draft, String problem) {
    }

    private TaxRateCsv() {
    }

    /** WooCommerce's own files start with the header; a file whose first row is data is read whole. */
    public static boolean isHeader(List<String> cells) {
        return !cells.isEmpty() && "country code".equalsIgnoreCase(cells.get(0).trim());
    }

    /**
     * Why a file's first row is not WooCommerce's export header (its ten column names in order, any case, blanks
     * around them ignored; columns past the tenth ignored as everywhere); empty when it is.
     */
    public static Optional<String> headerProblem(List<String> cells) {
        for (int i = 0; i < HEADER.size(); i++) {
            String found = i < cells.size() ? cells.get(i).trim() : "";
            if (!HEADER.get(i).equalsIgnoreCase(found)) {
                return Optional.of("the first line must name the export's columns, " + String.join(", ", HEADER)
                        + "; column " + (i + 1) + " is " + (found.isEmpty() ? "missing" : shortened(found)) + ".");
            }
        }
        return Optional.empty();
    }

    /** A file's text when it is UTF-8 (byte order mark or not); empty for bytes that are no UTF-8 text. */
    public static Optional<String> exportText(byte[] file) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    public static Parsed parse(List<String> cells, int order) {
        if (cells.size() < HEADER.size()) {
            return problem("has " + cells.size() + " columns, a tax rate row has " + HEADER.size());
        }
        Decimals.Reading rate = Decimals.read(cells.get(4).trim());
        if (cells.get(4).isBlank() || !rate.isNumber() || !Decimals.isBounded(rate.value())) {
            return problem("Rate % is not a number: " + shortened(cells.get(4)));
        }
        Integer priority = integer(cells.get(6), 1);
        if (priority == null) {
            return problem("Priority is not a whole number: " + shortened(cells.get(6)));
        }
        Boolean compound = flag(cells.get(7));
        Boolean shipping = flag(cells.get(8));
        if (compound == null || shipping == null) {
            return problem((compound == null ? "Compound" : "Shipping") + " is not 1 or 0");
        }
        String taxClass = cells.get(9).trim();
        return new Parsed(new TaxRateDraft(cells.get(0), cells.get(1), list(cells.get(2)), list(cells.get(3)),
                rate.value(), cells.get(5), priority, compound, shipping, order,
                "*".equals(taxClass) ? "" : taxClass.toLowerCase(Locale.ROOT)), null);
    }

    private static List<String> list(String cell) {
        return Arrays.asList(cell.split(";"));
    }

    private static Integer integer(String cell, int fallback) {
        String text = cell.trim();
        if (text.isEmpty()) {
            return fallback;
        }
        if (!text.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    /** PHP's truthiness of the cell, limited to what WooCommerce writes: 1/0, and blank as 0. */
    private static Boolean flag(String cell) {
        return switch (cell.trim()) {
            case "1" -> true;
            case "0", "" -> false;
            default -> null;
        };
    }

    private static Parsed problem(String problem) {
        return new Parsed(null, problem);
    }

    private static String shortened(String cell) {
        String text = cell.trim();
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
}
