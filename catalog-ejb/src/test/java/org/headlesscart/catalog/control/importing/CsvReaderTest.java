package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.headlesscart.catalog.control.importing.CsvReader.CsvRecord;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void splitsUnquotedCellsOnCommas() throws IOException {
        List<CsvRecord> records = readAll("a,b,c\n1,,3\n");

        assertEquals(List.of("a", "b", "c"), records.get(0).cells());
        assertEquals(List.of("1", "", "3"), records.get(1).cells());
        assertEquals(2, records.size(), "a final line break ends the last record, it does not start a new one");
    }

    @Test
    void keepsCommasInsideQuotedCells() throws IOException {
        assertEquals(List.of("Hoodie - Red, No", "x"), readAll("\"Hoodie - Red, No\",x").get(0).cells());
    }

    @Test
    void readsDoubledQuotesAsOneQuote() throws IOException {
        assertEquals(List.of("12\" vinyl", "\""), readAll("\"12\"\" vinyl\",\"\"\"\"").get(0).cells());
    }

    @Test
    void keepsLineBreaksInsideQuotedCellsAndCountsThemAsPhysicalLines() throws IOException {
        List<CsvRecord> records = readAll("h1,h2\n\"one\ntwo\nthree\",x\nnext,y\n");

        assertEquals("one\ntwo\nthree", records.get(1).cells().get(0));
        assertEquals(1, records.get(0).lineNumber());
        assertEquals(2, records.get(1).lineNumber());
        assertEquals(5, records.get(2).lineNumber(), "the record after a three-line cell starts on line 5");
    }

    @Test
    void treatsCrLfAsOneLineBreakAndNormalisesItInsideCells() throws IOException {
        List<CsvRecord> records = readAll("h1,h2\r\n\"a\r\nb\",c\r\nd,e\r\n");

        assertEquals(List.of("a\nb", "c"), records.get(1).cells());
        assertEquals(List.of("d", "e"), records.get(2).cells());
        assertEquals(4, records.get(2).lineNumber());
        assertEquals(3, records.size());
    }

    @Test
    void treatsALoneCarriageReturnAsALineBreak() throws IOException {
        List<CsvRecord> records = readAll("a\rb\r");

        assertEquals(List.of("b"), records.get(1).cells());
        assertEquals(2, records.get(1).lineNumber());
    }

    @Test
    void skipsTheByteOrderMarkBeforeTheFirstCellOnly() throws IOException {
        List<CsvRecord> records = readAll("\uFEFFID,SKU\n\uFEFFx,y");

        assertEquals(List.of("ID", "SKU"), records.get(0).cells());
        assertEquals("\uFEFFx", records.get(1).cells().get(0), "a BOM elsewhere is data");
    }

    @Test
    void skipsTheByteOrderMarkBeforeAQuotedHeader() throws IOException {
        assertEquals(List.of("Is featured?"), readAll("\uFEFF\"Is featured?\"").get(0).cells());
    }

    @Test
    void returnsBlankLinesAsBlankRecordsSoLineNumbersStayPhysical() throws IOException {
        List<CsvRecord> records = readAll("a\n\nb\n");

        assertTrue(records.get(1).isBlank());
        assertEquals(3, records.get(2).lineNumber());
    }

    @Test
    void keepsStrayQuotesAsTextLikeFgetcsv() throws IOException {
        assertEquals(List.of("5\" screen", "quoted tail"), readAll("5\" screen,\"quoted\" tail").get(0).cells());
    }

    @Test
    void flagsAQuotedCellThatIsNeverClosed() throws IOException {
        List<CsvRecord> records = readAll("a,b\n1,\"open\n2,3\n");

        CsvRecord broken = records.get(1);
        assertTrue(broken.unclosedQuote());
        assertEquals(2, broken.lineNumber());
        assertEquals("open\n2,3\n", broken.cells().get(1), "the rest of the input ends up in the open cell");
        assertFalse(records.get(0).unclosedQuote());
        assertEquals(2, records.size());
    }

    @Test
    void returnsNullForEmptyInput() throws IOException {
        assertNull(new CsvReader(new StringReader("")).next());
        assertNull(new CsvReader(new StringReader("\uFEFF")).next());
    }

    private static List<CsvRecord> readAll(String csv) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }
}
