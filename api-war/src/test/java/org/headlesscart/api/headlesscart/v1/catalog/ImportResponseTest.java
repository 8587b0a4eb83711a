package org.headlesscart.api.headlesscart.v1.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.catalog.model.ImportReport;
import org.junit.jupiter.api.Test;

class ImportResponseTest {

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());

    @Test
    void serializesTheReportWithLinesAndSkusInOrder() {
        ImportReport report = new ImportReport(3, 2, 1, List.of(
                new ImportReport.Problem(4, "", "Regular price: 'x' is not a number"),
                new ImportReport.Problem(7, "woo-cap", "Upsells: no product has the SKU 'woo-belt'")));

        JsonObject json = Captures.parse(jsonb.toJson(ImportResponse.from(report)));

        assertEquals(Captures.parse("""
                {"created":3,"updated":2,"skipped":1,"problems":[
                 {"line":4,"sku":"","message":"Regular price: 'x' is not a number"},
                 {"line":7,"sku":"woo-cap","message":"Upsells: no product has the SKU 'woo-belt'"}]}
                """), json);
        assertEquals(List.of("created", "updated", "skipped", "problems"), List.copyOf(json.keySet()));
        assertEquals(List.of("line", "sku", "message"),
                List.copyOf(json.getJsonArray("problems").getJsonObject(0).keySet()));
    }

    @Test
    void anImportWithoutProblemsHasAnEmptyList() {
        assertEquals("{\"created\":1,\"updated\":0,\"skipped\":0,\"problems\":[]}",
                jsonb.toJson(ImportResponse.from(new ImportReport(1, 0, 0, List.of()))));
    }
}
