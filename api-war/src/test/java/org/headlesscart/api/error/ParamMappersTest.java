package org.headlesscart.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.catalog.boundary.CatalogFailure;
import org.junit.jupiter.api.Test;

/** Missing parameters and the taxonomy and review reasons of the catalog on the wire. */
class ParamMappersTest {

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());

    @Test
    void missingParametersAreCapture54ToTheKeyOrder() {
        Response response = new MissingParamMapper().toResponse(new MissingParamException(List.of("id")));

        assertEquals(400, response.getStatus());
        JsonObject body = body(response);
        assertEquals(Captures.object("54-error-add-missing-id"), body, "R-ERR: rest_missing_callback_param");
        assertEquals(Captures.shape(Captures.object("54-error-add-missing-id")), Captures.shape(body));
    }

    @Test
    void taxonomyAndReviewReasonsHaveCoCartsCodesAndStatuses() {
        assertMapped(CatalogFailure.TERM_NOT_FOUND, 404, "cocart_term_invalid", "Term does not exist.");
        assertMapped(CatalogFailure.TAXONOMY_NOT_FOUND, 404, "cocart_taxonomy_invalid", "Taxonomy does not exist.");
        assertMapped(CatalogFailure.ATTRIBUTE_NOT_FOUND, 404, "cocart_attribute_invalid", "Attribute does not exist.");
        assertMapped(CatalogFailure.REVIEW_NOT_FOUND, 404, "cocart_cannot_view_review",
                "Sorry, this product review does not exist.");
        assertMapped(CatalogFailure.REVIEW_NOT_ALLOWED, 403, "cocart_cannot_create",
                "Sorry, you are not allowed to create a review for this product.");
        assertMapped(CatalogFailure.REVIEWED_PRODUCT_NOT_FOUND, 404, "cocart_product_invalid_id",
                "Invalid product ID.");
    }

    private void assertMapped(CatalogFailure failure, int status, String code, String message) {
        Response response = new CatalogExceptionMapper().toResponse(failure.exception("detail"));
        JsonObject body = body(response);
        assertEquals(status, response.getStatus(), failure.name());
        assertEquals(code, body.getString("code"), failure.name());
        assertEquals(message, body.getString("message"), failure.name());
        assertEquals(status, body.getJsonObject("data").getInt("status"), failure.name());
    }

    private JsonObject body(Response response) {
        return Captures.parse(jsonb.toJson(response.getEntity()));
    }
}
