package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.headlesscart.api.Captures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Categories, tags, attributes, terms and reviews (contract §5.5, §5.6; routes 25-30) on the demo catalog. Runs in
 * the same deployment as the products suite, so it costs no extra server start.
 */
public abstract class TaxonomyContract extends ProductsContract {

    private JsonArray array(String path) {
        HttpResponse<String> response = http().get(http().at(API + path));
        assertEquals(200, response.statusCode(), path + " -> " + response.body());
        return (JsonArray) Http.parse(response.body());
    }

    @ParameterizedTest(name = "{1} has the shape of capture {0}")
    @CsvSource({"10-products-categories, products/categories", "11-products-tags, products/tags",
        "12-products-attributes, products/attributes"})
    void taxonomyListsHaveCoCartsShape(String capture, String path) {
        JsonArray ours = array(path);
        JsonArray theirs = Captures.array(capture);
        assertEquals(Captures.shape(theirs.getJsonObject(0)), Captures.shape(ours.getJsonObject(0)), path);
    }

    @Test
    void categoriesCountTheirPublishedProductsIncludingSubCategories() {
        JsonObject clothing = object("products/categories/16");
        assertEquals("clothing", clothing.getString("slug"));
        assertEquals(3, clothing.getInt("count"), "Starter Bundle, and T-Shirts' and Hoodies' products");
        assertEquals(16, object("products/categories/17").getInt("parent"));
    }

    @Test
    void attributeTermsBelongToTheirAttribute() {
        JsonArray colors = array("products/attributes/1/terms");
        assertEquals(2, colors.size());
        assertTrue(colors.toString().contains("\"slug\":\"red\""), colors.toString());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({"products/categories/99999, 404, cocart_term_invalid", "products/tags/99999, 404, cocart_term_invalid",
        "products/attributes/99999, 404, cocart_attribute_invalid",
        "products/attributes/99999/terms, 404, cocart_taxonomy_invalid",
        "products/reviews/99999, 404, cocart_cannot_view_review",
        "products/categories?per_page=500, 400, rest_invalid_param"})
    void unknownTermsGetCoCartsCodes(String path, int status, String code) {
        HttpResponse<String> response = http().get(http().at(API + path));
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, Http.object(response).getString("code"));
    }

    @Test
    void approvedReviewsAreListedWithTheProductsRating() {
        JsonArray reviews = array("products/reviews?product=10");
        assertEquals(2, reviews.size(), reviews.toString());
        assertEquals("4.50", object("products/10").getString("average_rating"));
    }

    @Test
    void aReviewWithoutAPurchaseIsRefused() {
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(http().at(API + "products/reviews"))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(
                        "{\"product_id\":10,\"review\":\"Great\",\"reviewer\":\"Ann\",\"reviewer_email\":\"ann@example.com\",\"rating\":5}")));
        HttpResponse<String> missing = http().send(HttpRequest.newBuilder(http().at(API + "products/reviews"))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"product_id\":10}")));

        assertEquals(403, response.statusCode(), response.body());
        assertEquals("cocart_cannot_create", Http.object(response).getString("code"));
        assertEquals(400, missing.statusCode(), missing.body());
        assertEquals("rest_missing_callback_param", Http.object(missing).getString("code"));
    }
}
