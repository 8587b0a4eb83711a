package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.headlesscart.api.Captures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Products API (contract §5, routes 21-24) over HTTP on the demo catalog, whose ids, names and prices are
 * those of the reference store the captures were taken from.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ProductsContract {

    protected static final String API = "wp-json/cocart/v2/";

    @ArquillianResource
    protected URL base;

    protected Http http() {
        return new Http(base);
    }

    protected JsonObject object(String path) {
        HttpResponse<String> response = http().get(http().at(API + path));
        assertEquals(200, response.statusCode(), path + " -> " + response.body());
        return Http.object(response);
    }

    private List<Integer> ids(String listPath) {
        return object(listPath).getJsonArray("products").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("id")).toList();
    }

    @ParameterizedTest(name = "{1} has the shape of capture {0}")
    @CsvSource({"03-product-simple, products/10", "04-product-simple-on-sale, products/11",
        "05-product-variable, products/14", "06-product-grouped, products/19",
        "08-product-variation-single, products/14/variations/15", "09-product-by-sku, products/TSHIRT-BASIC"})
    void productsHaveCoCartsKeysOrderAndTypes(String capture, String path) {
        assertEquals(Captures.shape(Captures.object(capture)), Captures.shape(object(path)), "R-PRODUCT: " + path);
    }

    @Test
    void pricesStockAndButtonsAreThoseOfTheReferenceStore() {
        JsonObject cap = object("products/11");
        assertEquals("1500", cap.getJsonObject("prices").getString("price"));
        assertEquals("1800", cap.getJsonObject("prices").getString("regular_price"));
        assertEquals("1500", cap.getJsonObject("prices").getString("sale_price"));
        assertEquals(30, cap.getJsonObject("add_to_cart").getJsonObject("purchase_quantity").getInt("max_purchase"));
        assertTrue(cap.getJsonObject("add_to_cart").getString("rest_url").endsWith("/wp-json/cocart/v2/cart/add-item?id=11&quantity=1"));

        JsonObject hoodie = object("products/14");
        assertEquals(Captures.object("05-product-variable").getJsonObject("prices").getJsonObject("price_range"),
                hoodie.getJsonObject("prices").getJsonObject("price_range"), "range 4000-4600");
        assertEquals(Captures.object("05-product-variable").getJsonObject("attributes"), hoodie.getJsonObject("attributes"));
        assertEquals(4, hoodie.getJsonArray("variations").size());
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, hoodie.getJsonObject("add_to_cart").get("purchase_quantity"));

        JsonObject variation = object("products/15");
        assertEquals("Hoodie - Red, Small", variation.getString("name"), "a variation's id gives the variation");
        assertEquals("0", variation.getString("total_sales"), "a string on variation objects");
    }

    @Test
    void listIsPagedWithWordPressHeadersAndLinks() {
        HttpResponse<String> response = http().get(http().at(API + "products?per_page=2&page=2"));

        assertEquals(200, response.statusCode());
        JsonObject body = Http.object(response);
        assertEquals(List.of("products", "page", "total_pages", "total_products", "_links"), List.copyOf(body.keySet()));
        int total = body.getInt("total_products");
        assertEquals(String.valueOf(total), response.headers().firstValue("X-WP-Total").orElse(""));
        assertEquals(String.valueOf((total + 1) / 2), response.headers().firstValue("X-WP-TotalPages").orElse(""));
        String links = String.join(",", response.headers().allValues("Link"));
        assertTrue(links.contains("per_page=2&page=1>; rel=\"prev\""), links);
        assertTrue(links.contains("per_page=2&page=3>; rel=\"next\""), links);
        assertEquals(2, body.getJsonArray("products").size());
    }

    @Test
    void defaultOrderIsNewestFirstAndVariationsAreNotListed() {
        List<Integer> ids = ids("products?per_page=100");

        assertEquals(List.of(21, 20, 19, 14, 13, 12, 11, 10), ids, "demo products are created in id order");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "products?search=HOODIE | 14",
        "products?search=tshirt-basic | 10",
        "products?search=12 | 12",
        "products?category=t-shirts | 10",
        "products?category=17 | 10",
        "products?category=clothing | 19,14,10",
        "products?tag=summer | 11,10",
        "products?type=variable | 14",
        "products?type=external | 21",
        "products?on_sale=true | 11",
        "products?stock_status=outofstock | 13",
        "products?min_price=20&max_price=25 | 12,10",
        "products?min_price=44 | 21,14",
        "products?include=10,12&orderby=id&order=asc | 10,12",
        "products?exclude=21,20,19,14,13 | 12,11,10",
        "products?attribute=pa_color&attribute_term=red | 14",
        "products?category=accessories&on_sale=true | 11",
        "products?category=accessories&search=poster | 13",
        "products?orderby=price&order=asc&type=simple | 13,20,11,10,12",
        "products?orderby=title&order=asc&per_page=3 | 11,10,20"})
    void searchAndFiltersCombine(String path, String expected) {
        List<Integer> want = java.util.Arrays.stream(expected.split(",")).map(String::trim).map(Integer::valueOf).toList();
        assertEquals(want, ids(path), path);
    }

    /**
     * The filters of contract §5.3 beyond the first set, alone and combined, on the demo catalog with V2's variety:
     * 20 catalog-only, 21 search-only, 22 hidden and free; 12 featured; sales 11 > 10 > 12; average ratings
     * 10 = 4.5, 12 = 3.5, 11 = 3, 13 reviewed without a rating. "-" is an empty list. Brackets are escaped, as
     * browsers send them.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "products?rating=5 | 10",
        "products?rating=4 | 12",
        "products?rating%5B%5D=3&rating%5B%5D=4 | 12,11",
        "products?rating=1,2 | -",
        "products?catalog_visibility=visible | 21,20,19,14,13,12,11,10",
        "products?catalog_visibility=catalog | 20,19,14,13,12,11,10",
        "products?catalog_visibility=search | 21,19,14,13,12,11,10",
        "products?catalog_visibility=hidden | 22",
        "products?catalog_visibility=any | 22,21,20,19,14,13,12,11,10",
        "products?catalog_visibility=any&hide_free=true | 21,20,19,14,13,12,11,10",
        "products?catalog_visibility=hidden&hide_free=false | 22",
        "products?after=2026-01-05T10:08:00&before=2026-01-05T10:10:30 | 20,19",
        "products?after=2026-01-05T11:08:00%2B01:00 | 21,20,19",
        "products?parent_exclude=14 | 21,20,19,14,13,12,11,10",
        "products?type=variation&parent_exclude=14 | -",
        "products?type=variation&parent_exclude=99&orderby=id&order=asc | 15,16,17,18",
        "products?offset=2&per_page=2 | 19,14",
        "products?offset=7 | 10",
        "products?category=t-shirts,hoodies | 14,10",
        "products?category=clothing,no-such-category | 19,14,10",
        "products?category=clothing&category_operator=not%20in | 21,20,13,12,11",
        "products?category=clothing&category_operator=not_in&tag=gift | 21,20",
        "products?category=clothing,t-shirts&category_operator=and | 10",
        "products?category=clothing,accessories&category_operator=and | -",
        "products?tag=summer,sale | 11,10",
        "products?tag=summer,sale&tag_operator=and | 11",
        "products?tag=new&tag_operator=not_in | 21,20,19,13,11,10",
        "products?brand=acme | -",
        "products?brand=acme&brand_operator=not_in | 21,20,19,14,13,12,11,10",
        "products?attributes%5B0%5D%5Battribute%5D=pa_color&attributes%5B0%5D%5Bslug%5D%5B%5D=red | 14",
        "products?attributes%5B0%5D%5Battribute%5D=pa_color&attributes%5B0%5D%5Bterm_id%5D%5B%5D=2 | 14",
        "products?attributes%5B0%5D%5Battribute%5D=pa_color&attributes%5B0%5D%5Bterm_id%5D%5B%5D=3 | -",
        "products?attributes%5B0%5D%5Battribute%5D=pa_color&attributes%5B0%5D%5Bslug%5D%5B%5D=red"
            + "&attributes%5B0%5D%5Boperator%5D=not_in | 21,20,19,13,12,11,10",
        "products?attributes%5B0%5D%5Battribute%5D=pa_color&attributes%5B0%5D%5Bslug%5D=red,blue"
            + "&attributes%5B0%5D%5Boperator%5D=and | 14",
        "products?attributes%5B0%5D%5Battribute%5D=pa_color&attributes%5B0%5D%5Bslug%5D=red,green"
            + "&attributes%5B0%5D%5Boperator%5D=and | -",
        "products?attributes%5B0%5D%5Battribute%5D=pa_color&attributes%5B0%5D%5Bslug%5D%5B%5D=red"
            + "&attributes%5B1%5D%5Battribute%5D=pa_size&attributes%5B1%5D%5Bslug%5D%5B%5D=huge | -",
        "products?attributes%5B0%5D%5Battribute%5D=pa_color&attributes%5B0%5D%5Bslug%5D%5B%5D=red"
            + "&attributes%5B1%5D%5Battribute%5D=pa_size&attributes%5B1%5D%5Bslug%5D%5B%5D=huge"
            + "&attribute_relation=in | 14",
        "products?attribute=pa_color&attribute_term=red"
            + "&attributes%5B0%5D%5Battribute%5D=pa_size&attributes%5B0%5D%5Bslug%5D%5B%5D=huge"
            + "&attribute_relation=in | -"})
    void theRemainingFiltersOfContract53Combine(String path, String expected) {
        assertEquals(idList(expected), ids(path), path);
    }

    /** Every ordering of contract §5.3 really orders; equal keys fall back to the id. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "products?orderby=popularity | 11,10,12,21,20,19,14,13",
        "products?orderby=sales&order=asc | 11,10,12,21,20,19,14,13",
        "products?orderby=rating | 10,12,11,21,20,19,14,13",
        "products?orderby=review_count | 12,10,13,11,21,20,19,14",
        "products?orderby=by_stock | 10,11,20,21,19,14,12,13",
        "products?orderby=on_sale_first | 11,21,20,19,14,13,12,10",
        "products?orderby=featured_first | 12,21,20,19,14,13,11,10",
        "products?orderby=include&include=12,10,21 | 12,10,21",
        "products?orderby=relevance&search=ca | 20,21,11",
        "products?search=ca | 21,20,11",
        "products?orderby=rating&rating=3,4,5&per_page=2&page=2 | 11",
        "products?orderby=price_desc&type=simple&catalog_visibility=any | 12,10,11,20,13,22"})
    void everyOrderingOrders(String path, String expected) {
        assertEquals(idList(expected), ids(path), path);
    }

    @Test
    void randomOrderListsEveryProductOnce() {
        List<Integer> ids = ids("products?orderby=rand&per_page=100");

        assertEquals(java.util.Set.of(21, 20, 19, 14, 13, 12, 11, 10), java.util.Set.copyOf(ids));
        assertEquals(8, ids.size());
    }

    @Test
    void badValuesOfTheNewParametersAreNamedInData() {
        HttpResponse<String> response = http().get(http().at(API
                + "products?rating=0&catalog_visibility=secret&attributes%5B0%5D%5Bslug%5D%5B%5D=red&brand_operator=or"));

        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = Http.object(response);
        assertEquals("rest_invalid_param", error.getString("code"));
        assertEquals(java.util.Set.of("rating", "catalog_visibility", "attributes", "brand_operator"),
                error.getJsonObject("data").getJsonObject("params").keySet());
    }

    private static List<Integer> idList(String expected) {
        return "-".equals(expected.trim()) ? List.of()
                : java.util.Arrays.stream(expected.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({"products/99999, 404, cocart_product_invalid_id", "products/basic-t-shirt, 404, cocart_unknown_product_id",
        "products?per_page=0, 400, rest_invalid_param", "products?per_page=101, 400, rest_invalid_param",
        "products?orderby=nonsense, 400, rest_invalid_param", "products?on_sale=maybe, 400, rest_invalid_param",
        "products?page=99, 400, cocart_products_invalid_page_number",
        "products/14/variations/10, 404, cocart_product_variation_invalid_id",
        "products/99999/variations, 404, cocart_product_invalid_id",
        "products?rating=6, 400, rest_invalid_param", "products?catalog_visibility=secret, 400, rest_invalid_param",
        "products?after=yesterday, 400, rest_invalid_param", "products?hide_free=maybe, 400, rest_invalid_param",
        "products?parent_exclude=x, 400, rest_invalid_param", "products?offset=x, 400, rest_invalid_param",
        "products?category_operator=or, 400, rest_invalid_param", "products?tag_operator=or, 400, rest_invalid_param",
        "products?brand_operator=or, 400, rest_invalid_param", "products?attribute_relation=or, 400, rest_invalid_param",
        "products?attributes%5B0%5D%5Bslug%5D%5B%5D=red, 400, rest_invalid_param"})
    void badRequestsGetCoCartsCodes(String path, int status, String code) {
        HttpResponse<String> response = http().get(http().at(API + path));

        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = Http.object(response);
        assertEquals(code, error.getString("code"));
        assertEquals(status, error.getJsonObject("data").getInt("status"));
    }

    @Test
    void invalidParamsAreNamedInData() {
        JsonObject error = Http.object(http().get(http().at(API + "products?per_page=0&page=x")));

        assertEquals(List.of("page", "per_page"), List.copyOf(error.getJsonObject("data").getJsonObject("params").keySet()));
    }

    @Test
    void variationsListIsAPlainArrayWithTotals() {
        HttpResponse<String> response = http().get(http().at(API + "products/14/variations"));

        assertEquals(200, response.statusCode());
        JsonArray variations = (JsonArray) Http.parse(response.body());
        assertEquals(4, variations.size());
        assertEquals("4", response.headers().firstValue("X-WP-Total").orElse(""));
        assertEquals(Captures.shape(((JsonArray) Http.parse(capture07())).getJsonObject(0)),
                Captures.shape(variations.getJsonObject(0)));
    }

    @Test
    void unchangedProductAnswers304ToItsETag() {
        HttpResponse<String> first = http().get(http().at(API + "products/10"));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http().send(HttpRequest.newBuilder(http().at(API + "products/10"))
                .header("If-None-Match", etag).GET());
        HttpResponse<String> other = http().send(HttpRequest.newBuilder(http().at(API + "products/11"))
                .header("If-None-Match", etag).GET());

        assertTrue(etag.startsWith("W/\""), etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        assertEquals(200, other.statusCode(), "another product's body has another tag");
    }

    private static String capture07() {
        try (var in = Captures.class.getResourceAsStream("/captures/07-product-variations.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
