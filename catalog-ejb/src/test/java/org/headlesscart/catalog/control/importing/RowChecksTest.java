package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class RowChecksTest {

    @Test
    void aRowThatFitsTheSchemaHasNoProblem() throws IOException {
        assertEquals(List.of(), RowChecks.problems(row("Type,SKU,Name\nsimple,cap,Cap\n")));
    }

    @Test
    void namesTheColumnThatIsTooLongForTheSchema() throws IOException {
        String sku = "s".repeat(101);

        assertEquals(List.of("SKU: '" + "s".repeat(37) + "...' is longer than 100 characters"),
                RowChecks.problems(row("SKU,Name\n" + sku + ",Cap\n")));
        assertEquals(List.of("Tags: '" + "t".repeat(37) + "...' is longer than 200 characters"),
                RowChecks.problems(row("Name,Tags\nCap,\"short, " + "t".repeat(201) + "\"\n")));
    }

    @Test
    void refusesMeasuresTheColumnsCannotHold() throws IOException {
        assertEquals(List.of("Weight: '123456789' is too large"),
                RowChecks.problems(row("Name,Weight (kg)\nAnvil,123456789\n")));
        assertEquals(List.of(), RowChecks.problems(row("Name,Weight (kg)\nAnvil,12345678.5\n")));
    }

    @Test
    void refusesTwoAttributesWithOneName() throws IOException {
        assertEquals(List.of("Attribute 2 name: 'color' is already the name of Attribute 1"), RowChecks.problems(row(
                "Name,Attribute 1 name,Attribute 1 value(s),Attribute 2 name,Attribute 2 value(s)\nCap,Color,Red,color,Blue\n")));
    }

    @Test
    void aVariationNeedsAParent() throws IOException {
        assertEquals(List.of("Parent: a variation needs its parent's SKU or id:N"),
                RowChecks.problems(row("Type,SKU,Parent\nvariation,cap-red,\n")));
    }

    private static ImportRow row(String csv) throws IOException {
        ImportResult result = new WooCommerceCsv().parse(new StringReader(csv));
        assertEquals(List.of(), result.problems());
        return result.rows().get(0);
    }
}
