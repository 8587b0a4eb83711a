package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog's admin API ({@code wc/v3}) over HTTP, checked through the storefront's own routes: what the
 * shop manager changes is what the next Products API read shows, even when that route's response was cached just
 * before. Runs in the catalog-writes execution's own database, beside the import, since it adds and deletes
 * products. Names carry a random suffix so that the tests do not depend on each other's leftovers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CatalogAdminContract {

    static final String ADMIN = "wp-json/wc/v3/";
    static final String STORE = "wp-json/cocart/v2/";
    /** The demo shop manager (DemoAccounts): admin routes are for administrators and shop managers. */
    static final String STAFF = "manager:managerpass";

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    Http http() {
        return new Http(base);
    }

    @Test
    void everyAdminRouteIsForStaffOnly() {
        HttpResponse<String> anonymous = http().get(http().at(ADMIN + "products"));
        HttpResponse<String> create = http().send("POST", http().at(ADMIN + "products/categories"), "application/json",
                "{\"name\":\"Nope\"}");
        HttpResponse<String> customer = admin("POST", "products/categories", "{\"name\":\"Nope\"}",
                "customer:customerpass");
        HttpResponse<String> wrong = admin("GET", "products", null, "manager:wrong");

        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals("cocart_rest_cannot_view", Http.object(anonymous).getString("code"));
        assertEquals(401, create.statusCode());
        assertEquals(403, customer.statusCode(), "a customer is not staff");
        assertEquals("cocart_rest_cannot_view", Http.object(customer).getString("code"));
        assertEquals(401, wrong.statusCode());
        assertEquals("cocart_authentication_error", Http.object(wrong).getString("code"));
        assertEquals(0, totalOf(http().get(http().at(STORE + "products/categories?search=Nope"))), "nothing was created");
    }

    @Test
    void aProductIsCreatedChangedTrashedAndDeletedAndTheStorefrontFollowsAtOnce() {
        long category = id(created(admin("POST", "products/categories", "{\"name\":\"Kites " + run + "\"}")));
        long tag = id(created(admin("POST", "products/tags", "{\"name\":\"windy-" + run + "\"}")));
        // A cached storefront list, so that the create below must invalidate it.
        assertEquals(0, totalOf(http().get(http().at(STORE + "products?search=Box+kite+" + run))));

        JsonObject kite = created(admin("POST", "products", Json.createObjectBuilder()
                .add("name", "Box kite " + run).add("sku", "KITE-" + run).add("regular_price", "18.50")
                .add("sale_price", "15").add("manage_stock", true).add("stock_quantity", 7)
                .add("weight", "0.4").add("dimensions", Json.createObjectBuilder().add("length", "80"))
                .add("categories", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", category)))
                .add("tags", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", tag)))
                .add("images", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("src", "https://cdn.example.com/kites/box-kite.jpg").add("alt", "A box kite")))
                .build().toString()));
        long id = id(kite);
        assertEquals("simple", kite.getString("type"));
        assertEquals("publish", kite.getString("status"));
        assertEquals("18.50", kite.getString("regular_price"));
        assertEquals("15.00", kite.getString("sale_price"));
        assertEquals("15.00", kite.getString("price"));
        assertTrue(kite.getBoolean("on_sale"));
        assertEquals(7, kite.getInt("stock_quantity"));
        assertEquals("instock", kite.getString("stock_status"));
        assertEquals("box-kite", kite.getJsonArray("images").getJsonObject(0).getString("name"));
        assertEquals("box-kite-" + run, kite.getString("slug"));

        JsonObject shown = storefront(id);
        assertEquals("Box kite " + run, shown.getString("name"));
        assertEquals("1500", shown.getJsonObject("prices").getString("price"));
        assertEquals("1850", shown.getJsonObject("prices").getString("regular_price"));
        assertEquals("Kites " + run, shown.getJsonArray("categories").getJsonObject(0).getString("name"));
        assertEquals(1, totalOf(http().get(http().at(STORE + "products?search=Box+kite+" + run))), "list cache invalidated");

        JsonObject changed = ok(admin("PUT", "products/" + id, "{\"sale_price\":\"\",\"regular_price\":\"21\","
                + "\"stock_quantity\":0,\"backorders\":\"notify\"}"));
        assertEquals("", changed.getString("sale_price"));
        assertEquals("21.00", changed.getString("price"));
        assertEquals("onbackorder", changed.getString("stock_status"), "counted stock takes its status from the quantity");
        assertEquals("Box kite " + run, changed.getString("name"), "fields not sent stay as they were");
        assertEquals("KITE-" + run, changed.getString("sku"));
        assertEquals("2100", storefront(id).getJsonObject("prices").getString("price"));

        JsonObject trashed = ok(admin("DELETE", "products/" + id, null));
        assertEquals("trash", trashed.getString("status"));
        assertEquals(404, http().get(http().at(STORE + "products/" + id)).statusCode(), "trash is not for sale");
        assertEquals("publish", ok(admin("PUT", "products/" + id, "{\"status\":\"publish\"}")).getString("status"));
        assertEquals(200, http().get(http().at(STORE + "products/" + id)).statusCode());

        ok(admin("DELETE", "products/" + id + "?force=true", null));
        HttpResponse<String> gone = admin("GET", "products/" + id, null);
        assertEquals(404, gone.statusCode());
        assertEquals("woocommerce_rest_product_invalid_id", Http.object(gone).getString("code"));
        assertEquals(404, http().get(http().at(STORE + "products/" + id)).statusCode());
        assertEquals(0, ok(admin("GET", "products/tags/" + tag, null)).getInt("count"));
    }

    /**
     * Carts read the catalog through cached snapshots and a catalog revision each server trusts for a second
     * (CatalogRevisions): a change through this server must still show in the very next cart request, both in a
     * cart's answer and in what a write checks.
     */
    @Test
    void cartsFollowACatalogChangeThroughThisServerAtOnce() {
        long id = id(created(admin("POST", "products", "{\"name\":\"Sled " + run + "\",\"regular_price\":\"18.50\"}")));
        HttpResponse<String> added = http().send("POST", http().at(STORE + "cart/add-item"), "application/json",
                "{\"id\":\"" + id + "\",\"quantity\":\"1\"}");
        assertEquals(200, added.statusCode(), added.body());
        String key = Http.object(added).getString("cart_key");
        URI cart = http().at(STORE + "cart?cart_key=" + key);
        assertEquals("1850", price(http().get(cart)));
        assertEquals("1850", price(http().get(cart)), "a kept answer");

        ok(admin("PUT", "products/" + id, "{\"regular_price\":\"21\"}"));
        assertEquals("2100", price(http().get(cart)), "the cart shows the new price at once");

        ok(admin("DELETE", "products/" + id, null));
        HttpResponse<String> refused = http().send("POST", http().at(STORE + "cart/add-item?cart_key=" + key),
                "application/json", "{\"id\":\"" + id + "\",\"quantity\":\"1\"}");
        assertEquals(400, refused.statusCode(), "a write sees the trash at once: " + refused.body());
        assertEquals("cocart_invalid_product", Http.object(refused).getString("code"));
        JsonObject emptied = Http.object(http().get(cart));
        assertEquals(0, emptied.getJsonArray("items").size(), "the trashed product's line is dropped: " + emptied);
    }

    /**
     * Products API answers are kept per catalog revision (CatalogResponseCache): a change through this server drops
     * them at once, for a product and for every list that shows it, whatever the spelling of its query.
     */
    @Test
    void aKeptProductAnswerGoesWhenTheCatalogChanges() {
        long id = id(created(admin("POST", "products", "{\"name\":\"Glider " + run + "\",\"regular_price\":\"30\"}")));
        URI one = http().at(STORE + "products/" + id);
        URI list = http().at(STORE + "products?search=Glider+" + run + "&per_page=5");
        URI sameList = http().at(STORE + "products?per_page=5&search=Glider+" + run + "&_=1");
        HttpResponse<String> before = http().get(one);
        assertEquals(before.body(), http().get(one).body(), "kept");
        assertEquals("Glider " + run, firstName(http().get(list)));
        assertEquals("Glider " + run, firstName(http().get(sameList)));

        ok(admin("PUT", "products/" + id, "{\"name\":\"Glider " + run + " II\",\"regular_price\":\"31\"}"));
        HttpResponse<String> after = http().get(one);
        assertEquals("Glider " + run + " II", Http.object(after).getString("name"), "the next read shows the change");
        assertEquals("3100", Http.object(after).getJsonObject("prices").getString("price"));
        assertFalse(after.headers().firstValue("ETag").equals(before.headers().firstValue("ETag")), "a new tag");
        assertEquals("Glider " + run + " II", firstName(http().get(list)));
        assertEquals("Glider " + run + " II", firstName(http().get(sameList)));
        ok(admin("DELETE", "products/" + id + "?force=true", null));
        assertEquals(404, http().get(one).statusCode());
        assertEquals(0, totalOf(http().get(list)));
    }

    private static String firstName(HttpResponse<String> list) {
        assertEquals(200, list.statusCode(), list.body());
        return Http.object(list).getJsonArray("products").getJsonObject(0).getString("name");
    }

    private static String price(HttpResponse<String> cart) {
        assertEquals(200, cart.statusCode(), cart.body());
        return Http.object(cart).getJsonArray("items").getJsonObject(0).getString("price");
    }

    @Test
    void badProductsAreRefusedFieldByFieldAndNothingIsWritten() {
        HttpResponse<String> bad = admin("POST", "products", "{\"name\":\"Bad " + run + "\",\"regular_price\":\"1.234\","
                + "\"type\":\"bundle\",\"stock_quantity\":-3,\"categories\":[{\"id\":987654}]}");
        assertEquals(400, bad.statusCode(), bad.body());
        JsonObject error = Http.object(bad);
        assertEquals("rest_invalid_param", error.getString("code"));
        JsonObject params = error.getJsonObject("data").getJsonObject("params");
        assertTrue(params.containsKey("regular_price") && params.containsKey("type")
                && params.containsKey("stock_quantity") && params.containsKey("categories"), params.toString());

        HttpResponse<String> wrongType = admin("POST", "products", "{\"name\":[1],\"featured\":\"maybe\"}");
        assertEquals(400, wrongType.statusCode());
        assertEquals("name is not of type string.", Http.object(wrongType).getJsonObject("data").getJsonObject("params")
                .getString("name"));
        assertEquals("rest_invalid_json", Http.object(admin("POST", "products", "{\"name\":")).getString("code"));
        assertEquals(400, admin("POST", "products", "{\"sku\":\"x\"}").statusCode(), "a product needs a name");

        created(admin("POST", "products", "{\"name\":\"First " + run + "\",\"sku\":\"DUP-" + run + "\"}"));
        HttpResponse<String> duplicate = admin("POST", "products", "{\"name\":\"Second " + run + "\",\"sku\":\"DUP-" + run + "\"}");
        assertEquals(400, duplicate.statusCode());
        assertEquals("product_invalid_sku", Http.object(duplicate).getString("code"));
        assertEquals(0, totalOf(http().get(http().at(STORE + "products?search=Second+" + run))), "nothing half-written");
        assertEquals(0, totalOf(http().get(http().at(STORE + "products?search=Bad+" + run))));
    }

    @Test
    void aVariableProductGetsGlobalAttributesTermsAndVariations() {
        JsonObject size = created(admin("POST", "products/attributes", "{\"name\":\"Size " + run + "\"}"));
        long sizeId = id(size);
        assertEquals("pa_size-" + run, size.getString("slug"));
        created(admin("POST", "products/attributes/" + sizeId + "/terms", "{\"name\":\"Small\"}"));
        assertEquals(400, admin("POST", "products/attributes/" + sizeId + "/terms", "{\"name\":\"small\"}").statusCode(),
                "a sibling with the same name");

        JsonObject shirt = created(admin("POST", "products", "{\"name\":\"Shirt " + run + "\",\"type\":\"variable\","
                + "\"attributes\":[{\"id\":" + sizeId + ",\"options\":[\"Small\",\"Large\"],\"visible\":true,"
                + "\"variation\":true}],\"default_attributes\":[{\"id\":" + sizeId + ",\"option\":\"Large\"}]}"));
        long shirtId = id(shirt);
        assertEquals("[\"Small\",\"Large\"]", shirt.getJsonArray("attributes").getJsonObject(0)
                .getJsonArray("options").toString(), "Large became a term");
        assertEquals("Large", shirt.getJsonArray("default_attributes").getJsonObject(0).getString("option"));

        JsonObject large = created(admin("POST", "products/" + shirtId + "/variations", "{\"regular_price\":\"30\","
                + "\"sku\":\"SHIRT-L-" + run + "\",\"attributes\":[{\"id\":" + sizeId + ",\"option\":\"Large\"}]}"));
        created(admin("POST", "products/" + shirtId + "/variations", "{\"regular_price\":\"25\","
                + "\"attributes\":[{\"id\":" + sizeId + ",\"option\":\"small\"}]}"));
        assertEquals("Shirt " + run + " - Large", large.getString("name"), "named as WooCommerce names variations");
        assertEquals("Large", large.getJsonArray("attributes").getJsonObject(0).getString("option"));

        JsonObject shown = storefront(shirtId);
        assertEquals(2, shown.getJsonArray("variations").size(), shown.toString());
        assertEquals("2500", shown.getJsonObject("prices").getJsonObject("price_range").getString("from"));
        String key = "attribute_pa_size-" + run;
        assertTrue(shown.getJsonObject("attributes").containsKey(key), shown.getJsonObject("attributes").toString());

        // A new attribute slug is renamed wherever the product uses it.
        ok(admin("PUT", "products/attributes/" + sizeId, "{\"slug\":\"fit-" + run + "\"}"));
        JsonObject renamed = storefront(shirtId);
        assertTrue(renamed.getJsonObject("attributes").containsKey("attribute_pa_fit-" + run), renamed.toString());
        assertTrue(renamed.getJsonArray("variations").stream().map(v -> v.asJsonObject().getJsonObject("attributes"))
                .anyMatch(a -> "large".equals(a.getString("attribute_pa_fit-" + run, "missing"))),
                "variations follow the rename: " + renamed.getJsonArray("variations"));

        HttpResponse<String> unforced = admin("DELETE", "products/" + shirtId + "/variations/" + id(large), null);
        assertEquals(501, unforced.statusCode());
        assertEquals("woocommerce_rest_trash_not_supported", Http.object(unforced).getString("code"));
        ok(admin("DELETE", "products/" + shirtId + "/variations/" + id(large) + "?force=true", null));
        assertEquals(1, storefront(shirtId).getJsonArray("variations").size());

        HttpResponse<String> notVariable = admin("POST", "products/" + id(created(admin("POST", "products",
                "{\"name\":\"Plain " + run + "\"}"))) + "/variations", "{\"regular_price\":\"1\"}");
        assertEquals(400, notVariable.statusCode(), notVariable.body());
    }

    /**
     * Issue 15: a variation created from unknown fields only, and a tag named by a number, used to be stored
     * (an empty, published, unpriced variation; a tag "123"). Wrong types are refused as WordPress refuses them,
     * with rest_invalid_param naming every bad argument, and an empty variation as noted in docs/api.md.
     */
    @Test
    void garbageBodiesCreateNothingAndChangeNothing() {
        long fit = id(created(admin("POST", "products/attributes", "{\"name\":\"Fit " + run + "\"}")));
        long jacket = id(created(admin("POST", "products", "{\"name\":\"Jacket " + run + "\",\"type\":\"variable\","
                + "\"regular_price\":\"40\",\"attributes\":[{\"id\":" + fit + ",\"options\":[\"Slim\",\"Loose\"],"
                + "\"variation\":true}]}")));
        String variations = "products/" + jacket + "/variations";
        String before = ok(admin("GET", "products/" + jacket, null)).toString();

        for (String garbage : new String[] {"{}", "{\"colour\":\"red\",\"price_in_cents\":3000}", "{\"regular_price\":null}"}) {
            HttpResponse<String> empty = admin("POST", variations, garbage);
            assertEquals(400, empty.statusCode(), garbage + " -> " + empty.body());
            assertEquals("woocommerce_rest_cannot_create", Http.object(empty).getString("code"));
        }
        HttpResponse<String> typed = admin("POST", variations, "{\"regular_price\":30,\"manage_stock\":\"yes\","
                + "\"attributes\":[{\"id\":" + fit + ",\"option\":7}],\"dimensions\":{\"width\":2}}");
        assertEquals(400, typed.statusCode(), typed.body());
        JsonObject error = Http.object(typed);
        assertEquals("rest_invalid_param", error.getString("code"));
        JsonObject params = error.getJsonObject("data").getJsonObject("params");
        assertEquals("regular_price is not of type string.", params.getString("regular_price"));
        assertEquals("manage_stock is not of type boolean.", params.getString("manage_stock"));
        assertEquals("attributes[0][option] is not of type string.", params.getString("attributes"));
        assertEquals("dimensions[width] is not of type string.", params.getString("dimensions"));
        JsonObject detail = error.getJsonObject("data").getJsonObject("details").getJsonObject("attributes");
        assertEquals("rest_invalid_type", detail.getString("code"));
        assertEquals("attributes[0][option]", detail.getJsonObject("data").getString("param"));
        assertEquals("0", admin("GET", variations, null).headers().firstValue("X-WP-Total").orElseThrow(),
                "no variation was made");

        HttpResponse<String> update = admin("PUT", "products/" + jacket, "{\"regular_price\":45,\"name\":\"Renamed\"}");
        assertEquals(400, update.statusCode(), update.body());
        assertEquals(before, ok(admin("GET", "products/" + jacket, null)).toString(), "a refused update changes nothing");

        // WooCommerce makes a variation from known fields without a price; so do we (it is not for sale unpriced).
        JsonObject slim = created(admin("POST", variations, "{\"attributes\":[{\"id\":" + fit + ",\"option\":\"Slim\"}]}"));
        assertEquals("", slim.getString("regular_price"));

        HttpResponse<String> numberName = admin("POST", "products/tags", "{\"name\":123}");
        assertEquals(400, numberName.statusCode(), numberName.body());
        JsonObject refused = Http.object(numberName);
        assertEquals("rest_invalid_param", refused.getString("code"));
        assertEquals("Invalid parameter(s): name", refused.getString("message"));
        assertEquals("name is not of type string.", refused.getJsonObject("data").getJsonObject("params").getString("name"));
        assertEquals("rest_invalid_type", refused.getJsonObject("data").getJsonObject("details").getJsonObject("name")
                .getString("code"));
        assertEquals(0, totalOf(admin("GET", "products/tags?search=123", null)), "no tag 123");

        assertCode(400, "rest_missing_callback_param", admin("POST", "products/tags", "{\"title\":\"Windy\"}"));
        assertEquals("[\"name\"]", Http.object(admin("POST", "products/categories", "{}")).getJsonObject("data")
                .getJsonArray("params").toString());
        assertCode(400, "empty_term_name", admin("POST", "products/tags", "{\"name\":\"  \"}"));
        assertCode(400, "empty_term_name", admin("POST", "products/categories", "{\"name\":\"\"}"));
        assertCode(400, "empty_term_name", admin("POST", "products/attributes/" + fit + "/terms", "{\"name\":\"\"}"));
        assertCode(400, "rest_invalid_param", admin("POST", "products/attributes/" + fit + "/terms", "{\"name\":false}"));
        assertCode(400, "woocommerce_rest_taxonomy_not_hierarchical", admin("POST", "products/tags",
                "{\"name\":\"Gusty " + run + "\",\"parent\":0}"));
        HttpResponse<String> unnamed = admin("POST", "products/attributes", "{\"name\":\"\"}");
        assertCode(400, "woocommerce_rest_cannot_create", unnamed);
        assertEquals("Please, provide an attribute name.", Http.object(unnamed).getString("message"));
        assertCode(400, "rest_invalid_param", admin("POST", "products/attributes", "{\"name\":\"Cut\",\"has_archives\":\"yes\"}"));
        assertCode(400, "woocommerce_rest_cannot_edit", admin("PUT", "products/attributes/" + fit,
                "{\"slug\":\"a-slug-much-longer-than-twenty-eight\"}"));

        long tag = id(created(admin("POST", "products/tags", "{\"name\":\"Breezy " + run + "\"}")));
        String tagBefore = ok(admin("GET", "products/tags/" + tag, null)).toString();
        assertCode(400, "empty_term_name", admin("PUT", "products/tags/" + tag, "{\"name\":\"\",\"description\":\"x\"}"));
        assertCode(400, "rest_invalid_param", admin("PUT", "products/tags/" + tag, "{\"name\":1,\"description\":\"x\"}"));
        assertEquals(tagBefore, ok(admin("GET", "products/tags/" + tag, null)).toString(), "the tag is as it was");
        assertEquals(0, totalOf(admin("GET", "products/tags?search=Gusty+" + run, null)));
        assertEquals(1, totalOf(admin("GET", "products/attributes/" + fit + "/terms?search=Slim", null)));
    }

    /** Values longer than their columns are 400 rest_invalid_param, never a database error answered 500. */
    @Test
    void valuesTooLongForTheirColumnsAreRefusedNotServerErrors() {
        String textTooLong = "\u00e9".repeat(40_000);     // 80,000 bytes of UTF-8 in a TEXT column of 65,535
        String tooLong = "y".repeat(300);
        long fit = id(created(admin("POST", "products/attributes", "{\"name\":\"Cut " + run + "\"}")));
        long coat = id(created(admin("POST", "products", "{\"name\":\"Coat " + run + "\",\"type\":\"variable\","
                + "\"attributes\":[{\"name\":\"Lining\",\"options\":[\"Wool\"],\"variation\":true}]}")));
        String coatBefore = ok(admin("GET", "products/" + coat, null)).toString();

        assertInvalid("description", admin("POST", "products/tags", "{\"name\":\"Long " + run + "\",\"description\":\""
                + textTooLong + "\"}"));
        assertInvalid("image", admin("POST", "products/categories", "{\"name\":\"Long " + run + "\",\"image\":{\"src\":"
                + "\"https://cdn.example.com/" + "x".repeat(3000) + ".jpg\"}}"));
        assertInvalid("description", admin("POST", "products/attributes/" + fit + "/terms", "{\"name\":\"Long\","
                + "\"description\":\"" + textTooLong + "\"}"));
        assertInvalid("short_description", admin("POST", "products", "{\"name\":\"Long " + run + "\",\"short_description\":\""
                + textTooLong + "\"}"));
        assertInvalid("images", admin("POST", "products", "{\"name\":\"Long " + run + "\",\"images\":[{\"src\":"
                + "\"https://cdn.example.com/a.jpg\",\"alt\":\"" + tooLong + "\"}]}"));
        assertInvalid("attributes", admin("POST", "products", "{\"name\":\"Long " + run + "\",\"attributes\":[{\"id\":"
                + fit + ",\"options\":[\"" + tooLong + "\"]}]}"));
        assertInvalid("attributes", admin("POST", "products/" + coat + "/variations", "{\"regular_price\":\"5\","
                + "\"attributes\":[{\"name\":\"Lining\",\"option\":\"" + tooLong + "\"}]}"));
        assertInvalid("short_description", admin("PUT", "products/" + coat, "{\"short_description\":\"" + textTooLong + "\"}"));

        assertEquals(coatBefore, ok(admin("GET", "products/" + coat, null)).toString(), "the coat is as it was");
        assertEquals("0", admin("GET", "products/" + coat + "/variations", null).headers().firstValue("X-WP-Total")
                .orElseThrow());
        assertEquals(0, totalOf(admin("GET", "products?search=Long+" + run, null)));
        assertEquals(0, totalOf(admin("GET", "products/tags?search=Long+" + run, null)));
        assertEquals(0, totalOf(admin("GET", "products/categories?search=Long+" + run, null)));
        assertEquals(0, totalOf(admin("GET", "products/attributes/" + fit + "/terms", null)), "no term made of an option");
    }

    private static void assertCode(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, Http.object(response).getString("code"), response.body());
    }

    private static void assertInvalid(String param, HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body().length() > 600 ? response.body().substring(0, 600)
                : response.body());
        JsonObject error = Http.object(response);
        assertEquals("rest_invalid_param", error.getString("code"));
        assertTrue(error.getJsonObject("data").getJsonObject("params").containsKey(param), error.toString());
    }

    @Test
    void categoriesNestMoveAndGiveTheirChildrenToTheirParentWhenDeleted() {
        long outdoor = id(created(admin("POST", "products/categories", "{\"name\":\"Outdoor " + run + "\"}")));
        long camping = id(created(admin("POST", "products/categories", "{\"name\":\"Camping " + run + "\",\"parent\":"
                + outdoor + ",\"image\":{\"src\":\"https://cdn.example.com/camping.jpg\"}}")));
        long tents = id(created(admin("POST", "products/categories", "{\"name\":\"Tents " + run + "\",\"parent\":" + camping + "}")));

        HttpResponse<String> sameName = admin("POST", "products/categories", "{\"name\":\"camping " + run + "\",\"parent\":" + outdoor + "}");
        assertEquals(400, sameName.statusCode());
        assertEquals("term_exists", Http.object(sameName).getString("code"));
        HttpResponse<String> cycle = admin("PUT", "products/categories/" + outdoor, "{\"parent\":" + tents + "}");
        assertEquals(400, cycle.statusCode(), "a category cannot move below its own descendant");
        HttpResponse<String> takenSlug = admin("POST", "products/categories", "{\"name\":\"Other\",\"slug\":\"outdoor-" + run + "\"}");
        assertEquals("duplicate_term_slug", Http.object(takenSlug).getString("code"));

        JsonObject shown = Http.object(http().get(http().at(STORE + "products/categories/" + camping)));
        assertEquals(outdoor, shown.getJsonNumber("parent").longValue());

        assertEquals(501, admin("DELETE", "products/categories/" + camping, null).statusCode());
        ok(admin("DELETE", "products/categories/" + camping + "?force=true", null));
        assertEquals(outdoor, ok(admin("GET", "products/categories/" + tents, null)).getJsonNumber("parent").longValue(),
                "the child moved up to the deleted category's parent");
        assertEquals(404, admin("GET", "products/categories/" + camping, null).statusCode());
        assertEquals("woocommerce_rest_term_invalid", Http.object(admin("GET", "products/categories/" + camping, null))
                .getString("code"));
    }

    @Test
    void deletingATermTakesItOutOfTheProductsThatOfferedIt() {
        long color = id(created(admin("POST", "products/attributes", "{\"name\":\"Shade " + run + "\"}")));
        long teal = id(created(admin("POST", "products/attributes/" + color + "/terms", "{\"name\":\"Teal\"}")));
        long product = id(created(admin("POST", "products", "{\"name\":\"Mug " + run + "\",\"regular_price\":\"9\","
                + "\"attributes\":[{\"id\":" + color + ",\"options\":[\"Teal\",\"Navy\"],\"visible\":true}]}")));

        ok(admin("DELETE", "products/attributes/" + color + "/terms/" + teal + "?force=true", null));

        JsonObject attribute = ok(admin("GET", "products/" + product, null)).getJsonArray("attributes").getJsonObject(0);
        assertEquals("[\"Navy\"]", attribute.getJsonArray("options").toString());
        assertFalse(storefront(product).getJsonObject("attributes").toString().contains("teal"));
        assertNotNull(ok(admin("GET", "products/attributes/" + color, null)));
        ok(admin("DELETE", "products/attributes/" + color + "?force=true", null));
        assertEquals("[]", ok(admin("GET", "products/" + product, null)).getJsonArray("attributes").toString(),
                "the product lost the deleted attribute");
    }

    private HttpResponse<String> admin(String method, String path, String body) {
        return admin(method, path, body, STAFF);
    }

    private HttpResponse<String> admin(String method, String path, String body, String credentials) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(http().at(ADMIN + path)).header("Authorization", basic)
                .header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        return http().send(request);
    }

    private JsonObject storefront(long id) {
        HttpResponse<String> response = http().get(http().at(STORE + "products/" + id));
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isPresent());
        return Http.object(response);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response);
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static int totalOf(HttpResponse<String> list) {
        assertEquals(200, list.statusCode(), list.body());
        return Integer.parseInt(list.headers().firstValue("X-WP-Total").orElseThrow());
    }
}
