package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Bad rows become problems with the right line and column, and never stop the rows around them. */
class WooCommerceCsvProblemsTest {

    static Stream<Arguments> badCells() {
        return Stream.of(
                bad("Type", "bundle", "'bundle' is not a product type (simple, variable, variation, grouped, external)"),
                bad("Type", "simple, variable", "'simple, variable' names two product types"),
                bad("Regular price", "12,5x", "'12,5x' is not a number"),
                bad("Sale price", "18.999", "'18.999' has more than 2 decimals"),
                bad("Regular price", "-5", "'-5' is negative"),
                bad("Date sale price starts", "2024-13-01", "'2024-13-01' is not a date like 2024-01-31 or 2024-01-31 13:00:00"),
                bad("Date sale price ends", "tomorrow", "'tomorrow' is not a date like 2024-01-31 or 2024-01-31 13:00:00"),
                bad("Stock", "ten", "'ten' is not a whole number"),
                bad("In stock?", "maybe", "'maybe' is not 1, 0 or backorder"),
                bad("Backorders allowed?", "sometimes", "'sometimes' is not 1, 0 or notify"),
                bad("Is featured?", "sure", "'sure' is not 1, 0, yes, no, true or false"),
                bad("Visibility in catalog", "everywhere", "'everywhere' is not a visibility (visible, catalog, search, hidden)"),
                bad("Tax status", "vat", "'vat' is not a tax status (taxable, shipping, none)"),
                bad("Published", "2", "'2' is not 1 (published), 0 (private) or -1 (draft)"),
                bad("ID", "abc", "'abc' is not a product id"),
                bad("Parent", "id:x", "'id:x' is not a product id reference like id:44"),
                bad("Upsells", "woo-cap, id:zz", "'id:zz' is not a product id reference like id:44"),
                bad("Weight (kg)", "1,5", "'1,5' is not a number"),
                bad("Position", "first", "'first' is not a whole number"),
                bad("Download limit", "unlimited", "'unlimited' is not a whole number"),
                bad("Attribute 1 value(s)", "Red", "has values but the attribute has no name"),
                bad("Download 1 name", "Song", "'Song' has no URL"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badCells")
    void reportsABadCellOnItsLineAndColumnAndKeepsTheOtherRows(String column, String value, String detail)
            throws IOException {
        String csv = "SKU,Name," + column + "\n"
                + "good-1,Good one,\n"
                + "bad,Bad," + quote(value) + "\n"
                + "good-2,Good two,\n";

        ImportResult result = parse(csv);

        assertEquals(List.of(new RowProblem(3, column, column + ": " + detail)), result.problems());
        assertEquals(List.of(2, 4), lines(result), "the bad row is left out, its neighbours are not");
    }

    @Test
    void reportsEveryBadCellOfARow() throws IOException {
        ImportResult result = parse("SKU,Type,Regular price,Stock\nx,gadget,abc,1.5\n");

        assertEquals(List.of(
                new RowProblem(2, "Type", "Type: 'gadget' is not a product type (simple, variable, variation, grouped, external)"),
                new RowProblem(2, "Regular price", "Regular price: 'abc' is not a number"),
                new RowProblem(2, "Stock", "Stock: '1.5' is not a whole number")), result.problems());
        assertEquals(List.of(), result.rows());
    }

    @Test
    void reportsARowWithMoreCellsThanTheHeaderAsAWhole() throws IOException {
        ImportResult result = parse("SKU,Name,Regular price\na,A,1\nb,B,2,surplus\nc,C,3\n");

        assertEquals(List.of(new RowProblem(3, "", "The row has 4 cells but the header has 3")), result.problems());
        assertEquals(List.of(2, 4), lines(result));
    }

    @Test
    void padsARowWithFewerCellsThanTheHeader() throws IOException {
        ImportResult result = parse("SKU,Name,Regular price,Stock\na,A\n");

        assertEquals(List.of(), result.problems());
        assertEquals("A", result.rows().get(0).name());
        assertEquals(null, result.rows().get(0).pricing().regularPriceMinor());
    }

    @Test
    void reportsTheLineWhereARowStartsAfterCellsThatSpanLines() throws IOException {
        String csv = "SKU,Description,Regular price\n"
                + "a,\"first line\nsecond line\",1\n"
                + "b,\"one\r\ntwo\r\nthree\",x\n"
                + "c,plain,3\n";

        ImportResult result = parse(csv);

        assertEquals(List.of(new RowProblem(4, "Regular price", "Regular price: 'x' is not a number")), result.problems());
        assertEquals(List.of(2, 7), lines(result));
    }

    @Test
    void reportsAQuoteThatIsNeverClosedAndKeepsTheRowsBeforeIt() throws IOException {
        ImportResult result = parse("SKU,Name\na,A\nb,\"B\nc,C\n");

        assertEquals(List.of(new RowProblem(3, "", "A quoted cell that starts in this row is never closed")),
                result.problems());
        assertEquals(List.of(2), lines(result));
    }

    @Test
    void reportsBytesThatAreNotUtf8InTheCellThatHoldsThem() throws IOException {
        byte[] latin1 = "SKU,Name\na,Caf\u00e9\nb,Tea\n".getBytes(StandardCharsets.ISO_8859_1);

        ImportResult result = new WooCommerceCsv().parse(new ByteArrayInputStream(latin1));

        assertEquals(List.of(new RowProblem(2, "Name", "Name: contains bytes that are not UTF-8; save the file as UTF-8")),
                result.problems());
        assertEquals(List.of(3), lines(result));
    }

    @Test
    void reportsAnEmptyFileOnLineOne() throws IOException {
        assertEquals(List.of(new RowProblem(1, "", "The file is empty")), parse("").problems());
    }

    @Test
    void reportsAHeaderWithoutWooCommerceColumnsOnLineOne() throws IOException {
        ImportResult result = parse("Artikel,Preis\nx,1\n");

        assertEquals(1, result.problems().size());
        assertEquals(1, result.problems().get(0).lineNumber());
        assertEquals(List.of(), result.rows());
    }

    @Test
    void skipsBlankRowsWithoutAProblem() throws IOException {
        ImportResult result = parse("SKU,Name\n\na,A\n,\n\n");

        assertFalse(result.hasProblems());
        assertEquals(List.of(3), lines(result));
    }

    private static Arguments bad(String column, String value, String detail) {
        return Arguments.of(column, value, detail);
    }

    private static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static List<Integer> lines(ImportResult result) {
        return result.rows().stream().map(ImportRow::lineNumber).toList();
    }

    private static ImportResult parse(String csv) throws IOException {
        return new WooCommerceCsv().parse(new StringReader(csv));
    }
}
