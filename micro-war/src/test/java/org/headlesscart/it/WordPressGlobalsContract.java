package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WordPress's global parameters on every route (issue 17 part 3, docs/wordpress-globals.md): {@code _fields}
 * (successes only, list answers item by item), {@code _envelope} (everything, errors included, as a 200),
 * {@code _method} / {@code X-HTTP-Method-Override} on a POST, and {@code ?rest_route=} at the site's root. Demo
 * catalog: 10 T-shirt, 12 album; the runtime allows CORS from {@value CorsContract#SHOP}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class WordPressGlobalsContract {

    static final String ALBUM = "c20ad4d76fe97759aa27a0c99bff6710";      // md5("12")
    static final String TEE = "d3d9446802a44259755d38e6d163e820";        // md5("10")
    static final String V2 = "wp-json/cocart/v2/";

    @ArquillianResource
    URL base;

    Http http() {
        return new Http(base);
    }

    CartJourney cart() {
        return new CartJourney(http());
    }

    /** A guest cart with the album (1) and the T-shirt (2); its key. */
    String cartWithTwoLines() {
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "1");
        assertEquals(200, cart.post("/add-item", key, CartJourney.addBody("10", "2")).statusCode());
        return key;
    }

    HttpResponse<String> get(String path) {
        return http().get(http().at(path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return http().send(request);
    }

    static HttpRequest.Builder post(URI uri) {
        return HttpRequest.newBuilder(uri).POST(BodyPublishers.noBody());
    }

    static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    static List<String> itemKeys(JsonObject cart) {
        return cart.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("item_key")).toList();
    }

    // _fields

    @Test
    void fieldsKeepTheNamedFieldsOfTheCartAndItsHeaders() {
        String key = cartWithTwoLines();

        HttpResponse<String> answer = get(V2 + "cart?cart_key=" + key + "&_fields=cart_key,totals.total,item_count");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject cart = Http.object(answer);
        assertEquals(List.of("cart_key", "item_count", "totals"), List.copyOf(cart.keySet()), "the cart's own order");
        assertEquals(key, cart.getString("cart_key"));
        assertEquals(Set.of("total"), cart.getJsonObject("totals").keySet());
        assertEquals(key, header(answer, "CoCart-API-Cart-Key"), "headers are kept");
        assertTrue(answer.headers().firstValue("ETag").isPresent());
    }

    @Test
    void aPathIntoTheItemsListNamesPositionsAsInWordPress() {
        String key = cartWithTwoLines();
        String second = Http.object(cart().get("", key)).getJsonArray("items").getJsonObject(1).getString("name");

        JsonObject byName = Http.object(get(V2 + "cart?cart_key=" + key + "&_fields=items.name,totals.total"));
        JsonObject first = Http.object(get(V2 + "cart?cart_key=" + key + "&_fields=items.0.item_key"));
        JsonObject byPosition = Http.object(get(V2 + "cart?cart_key=" + key + "&_fields=items.1.name"));

        assertEquals(JsonValue.EMPTY_JSON_ARRAY, byName.get("items"), "WordPress filters a list by its keys 0, 1");
        assertEquals(Set.of("total"), byName.getJsonObject("totals").keySet());
        assertEquals("{\"items\":[{\"item_key\":\"" + ALBUM + "\"}]}", first.toString());
        assertEquals("{\"items\":{\"1\":{\"name\":\"" + second + "\"}}}", byPosition.toString(),
                "PHP writes positions that do not start at 0 as an object");
    }

    @Test
    void fieldsApplyToEveryObjectOfAListAnswer() {
        HttpResponse<String> categories = get(V2 + "products/categories?per_page=3&_fields=id,name");
        HttpResponse<String> products = get(V2 + "products?per_page=2&_fields=total_products,products.0.id");

        assertEquals(200, categories.statusCode(), categories.body());
        JsonArray list = (JsonArray) Http.parse(categories.body());
        assertEquals(3, list.size());
        for (JsonObject category : list.getValuesAs(JsonObject.class)) {
            assertEquals(List.of("id", "name"), List.copyOf(category.keySet()));
        }
        assertTrue(header(categories, "X-WP-Total") != null, "the list's headers stay");
        JsonObject page = Http.object(products);
        assertEquals(List.of("products", "total_products"), List.copyOf(page.keySet()),
                "CoCart's product list is an object: its fields, in its order");
        assertEquals(Set.of("id"), page.getJsonArray("products").getJsonObject(0).keySet());
        assertEquals(1, page.getJsonArray("products").size());
    }

    @Test
    void fieldsFilterWhatCoCartsOwnFieldsChose() {
        String key = cartWithTwoLines();

        HttpResponse<String> both = get(V2 + "cart?cart_key=" + key + "&fields=cart_key,totals&_fields=totals");

        assertEquals(List.of("totals"), List.copyOf(Http.object(both).keySet()),
                "CoCart's fields chooses what is computed, _fields then filters it");
    }

    @Test
    void fieldsFilterTheAnswerOfAWrite() {
        String key = cartWithTwoLines();

        HttpResponse<String> added = cart().post("/add-item?_fields=item_count", key, CartJourney.addBody("12", "1"));

        assertEquals(200, added.statusCode(), added.body());
        assertEquals("{\"item_count\":4}", added.body());
    }

    @Test
    void anUnknownNameYieldsNoSuchFieldAndAnEmptyListFiltersNothing() {
        String key = cartWithTwoLines();

        JsonObject known = Http.object(get(V2 + "cart?cart_key=" + key + "&_fields=cart_key,no_such_field"));
        HttpResponse<String> none = get(V2 + "cart?cart_key=" + key + "&_fields=no_such_field");
        HttpResponse<String> empty = get(V2 + "cart?cart_key=" + key + "&_fields=");

        assertEquals(Set.of("cart_key"), known.keySet());
        assertEquals(200, none.statusCode());
        assertEquals("[]", none.body(), "PHP's empty array, as WordPress answers");
        assertTrue(Http.object(empty).containsKey("totals"), "_fields= filters nothing: " + empty.body());
    }

    @Test
    void aFieldsListOverItsBoundsIsRefusedBeforeAWriteRuns() {
        String key = cartWithTwoLines();
        String many = String.join(",", Collections.nCopies(101, "cart_key"));
        String deep = "totals" + ".a".repeat(10);

        HttpResponse<String> tooMany = cart().post("/add-item?_fields=" + many, key, CartJourney.addBody("12", "1"));
        HttpResponse<String> tooDeep = get(V2 + "cart?cart_key=" + key + "&_fields=" + deep);
        HttpResponse<String> asArray = get(V2 + "store?_fields%5B%5D=" + String.join("&_fields%5B%5D=",
                Collections.nCopies(101, "title")));
        HttpResponse<String> enveloped = get(V2 + "store?_envelope&_fields=" + many);
        HttpResponse<String> atTheBounds = get(V2 + "cart?cart_key=" + key + "&_fields="
                + String.join(",", Collections.nCopies(99, "cart_key")) + ",totals" + ".a".repeat(9));

        for (HttpResponse<String> refused : List.of(tooMany, tooDeep, asArray)) {
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals("rest_invalid_param", Http.object(refused).getString("code"));
            assertTrue(Http.object(refused).getJsonObject("data").getJsonObject("params").containsKey("_fields"),
                    refused.body());
        }
        assertEquals(200, enveloped.statusCode());
        assertEquals(400, Http.object(enveloped).getInt("status"), enveloped.body());
        assertEquals(200, atTheBounds.statusCode(), atTheBounds.body());
        assertEquals(Set.of("cart_key", "totals"), Http.object(atTheBounds).keySet());
        assertEquals(3, Http.object(cart().get("", key)).getInt("item_count"), "the refused add changed nothing");
    }

    @Test
    void errorsAreNeverFiltered() {
        String key = cartWithTwoLines();

        HttpResponse<String> missing = get(V2 + "cart/item/0123abc?cart_key=" + key + "&_fields=code");
        HttpResponse<String> noRoute = get(V2 + "no-such-route?_fields=code");
        HttpResponse<String> success = get(V2 + "cart/item/" + ALBUM + "?cart_key=" + key + "&_fields=code");

        assertEquals(404, missing.statusCode());
        assertEquals(Set.of("code", "message", "data"), Http.object(missing).keySet(), missing.body());
        assertEquals(404, noRoute.statusCode());
        assertEquals(Set.of("code", "message", "data"), Http.object(noRoute).keySet(), noRoute.body());
        assertEquals("cocart_item_not_in_cart", Http.object(missing).getString("code"));
        assertEquals("[]", success.body(), "the same _fields on a success of the route: the item has no code");
    }

    @Test
    void aBatchSubRequestsOwnFieldsFilterItsAnswerAsInWordPress() {
        String key = cartWithTwoLines();
        String batch = Json.createObjectBuilder().add("requests", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("method", "POST")
                        .add("path", "/cocart/v2/cart/add-item?_fields=item_count&cart_key=" + key)
                        .add("body", Json.createObjectBuilder().add("id", "12").add("quantity", "1")))
                .add(Json.createObjectBuilder().add("method", "DELETE")
                        .add("path", "/cocart/v2/cart/item/0123abc?_fields=code&cart_key=" + key))
                .add(Json.createObjectBuilder().add("method", "DELETE")
                        .add("path", "/cocart/v2/cart/item/" + TEE + "?cart_key=" + key + "&_fields="
                                + String.join(",", Collections.nCopies(101, "items")))))
                .build().toString();

        HttpResponse<String> answer = http().send("POST", http().at("wp-json/batch/v1"), "application/json", batch);

        assertEquals(207, answer.statusCode(), answer.body());
        JsonArray responses = Http.object(answer).getJsonArray("responses");
        assertEquals("{\"item_count\":4}", responses.getJsonObject(0).getJsonObject("body").toString());
        assertEquals(Set.of("code", "message", "data"), responses.getJsonObject(1).getJsonObject("body").keySet(),
                "errors are never filtered");
        assertEquals(400, responses.getJsonObject(2).getInt("status"), "a _fields over its bounds refuses its request");
        assertEquals("rest_invalid_param", responses.getJsonObject(2).getJsonObject("body").getString("code"));
        assertEquals(List.of(ALBUM, TEE), itemKeys(Http.object(cart().get("", key))), "the T-shirt was not removed");
    }

    // _envelope

    @Test
    void anEnvelopeCarriesBodyStatusAndTheCartsHeadersInA200() {
        String key = cartWithTwoLines();

        HttpResponse<String> answer = send(HttpRequest.newBuilder(http().at(V2 + "cart?_envelope&cart_key=" + key))
                .header("Origin", CorsContract.SHOP).GET());

        assertEquals(200, answer.statusCode());
        JsonObject envelope = Http.object(answer);
        assertEquals(List.of("body", "status", "headers"), List.copyOf(envelope.keySet()));
        assertEquals(key, envelope.getJsonObject("body").getString("cart_key"));
        assertEquals(200, envelope.getInt("status"));
        JsonObject headers = envelope.getJsonObject("headers");
        assertEquals(key, headers.getString("CoCart-API-Cart-Key"));
        assertTrue(headers.getString("ETag").startsWith("\""));
        assertEquals(null, header(answer, "CoCart-API-Cart-Key"), "only inside the envelope, as WordPress");
        assertEquals(null, header(answer, "ETag"));
        assertTrue(header(answer, "Content-Type").startsWith("application/json"));
        assertEquals(CorsContract.SHOP, header(answer, "Access-Control-Allow-Origin"), "the browser still needs it");
        assertFalse(headers.containsKey("Access-Control-Allow-Origin"));
    }

    @Test
    void errorsAreEnvelopedWhole() {
        String key = cartWithTwoLines();

        HttpResponse<String> missing = get(V2 + "cart/item/0123abc?cart_key=" + key + "&_envelope=1&_fields=code");
        HttpResponse<String> noRoute = get(V2 + "no-such-route?_envelope");

        assertEquals(200, missing.statusCode());
        JsonObject envelope = Http.object(missing);
        assertEquals(404, envelope.getInt("status"));
        assertEquals("cocart_item_not_in_cart", envelope.getJsonObject("body").getString("code"));
        assertEquals(Set.of("code", "message", "data"), envelope.getJsonObject("body").keySet(), "never filtered");
        assertEquals(key, envelope.getJsonObject("headers").getString("CoCart-API-Cart-Key"), "decision 4");
        assertEquals(200, noRoute.statusCode());
        assertEquals(404, Http.object(noRoute).getInt("status"));
        assertEquals("rest_no_route", Http.object(noRoute).getJsonObject("body").getString("code"));
    }

    @Test
    void anyValueOfEnvelopeEnvelopesAsWordPressOnlyAsksWhetherItIsThere() {
        for (String value : List.of("_envelope=maybe", "_envelope=0", "_envelope=", "_envelope=true")) {
            HttpResponse<String> answer = get(V2 + "store?" + value);

            assertEquals(200, answer.statusCode(), value);
            assertEquals(200, Http.object(answer).getInt("status"), value + ": " + answer.body());
            assertTrue(Http.object(answer).getJsonObject("body").containsKey("title"), value);
        }
    }

    @Test
    void aNotModifiedAnswerIsEnvelopedWithoutABody() {
        String tag = header(get(V2 + "products/10"), "ETag");

        HttpResponse<String> answer = send(HttpRequest.newBuilder(http().at(V2 + "products/10?_envelope"))
                .header("If-None-Match", tag).GET());

        assertEquals(200, answer.statusCode());
        JsonObject envelope = Http.object(answer);
        assertEquals(304, envelope.getInt("status"));
        assertEquals(JsonValue.NULL, envelope.get("body"));
        assertEquals(tag, envelope.getJsonObject("headers").getString("ETag"));
    }

    @Test
    void fieldsAndEnvelopeTogetherFilterTheBodyInside() {
        HttpResponse<String> answer = get(V2 + "products/categories?per_page=2&_fields=id&_envelope");

        JsonObject envelope = Http.object(answer);
        assertEquals(200, envelope.getInt("status"));
        assertEquals(2, envelope.getJsonArray("body").size());
        assertEquals(Set.of("id"), envelope.getJsonArray("body").getJsonObject(0).keySet());
        assertTrue(envelope.getJsonObject("headers").containsKey("X-WP-Total"));
    }

    // _method and X-HTTP-Method-Override

    @Test
    void aPostWithMethodDeleteRemovesTheItemAndAGetDoesNot() {
        String key = cartWithTwoLines();

        HttpResponse<String> viaGet = get(V2 + "cart/item/" + ALBUM + "?_method=DELETE&cart_key=" + key);
        HttpResponse<String> removed = send(post(http().at(V2 + "cart/item/" + ALBUM + "?_method=DELETE&cart_key="
                + key)));

        assertEquals(200, viaGet.statusCode(), viaGet.body());
        assertEquals(ALBUM, Http.object(viaGet).getString("item_key"), "a GET is never overridden: the item");
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(List.of(TEE), itemKeys(Http.object(removed)), "routed as DELETE");
        assertEquals(List.of(TEE), itemKeys(Http.object(cart().get("", key))));
    }

    @Test
    void theOverrideHeaderWorksTooInAnyCase() {
        String key = cartWithTwoLines();

        HttpResponse<String> removed = send(post(http().at(V2 + "cart/item/" + ALBUM + "?cart_key=" + key))
                .header("X-HTTP-Method-Override", "delete"));

        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(List.of(TEE), itemKeys(Http.object(removed)));
    }

    @Test
    void anOverriddenWriteHonoursIfMatchAndIdempotencyKey() {
        String key = cartWithTwoLines();
        String tag = header(cart().get("", key), "ETag");
        URI remove = http().at(V2 + "cart/item/" + ALBUM + "?_method=DELETE&cart_key=" + key);

        HttpResponse<String> stale = send(post(remove).header("If-Match", "\"stale\""));
        HttpResponse<String> first = send(post(remove).header("If-Match", tag).header("Idempotency-Key", "wpg-" + key));
        HttpResponse<String> retry = send(post(remove).header("If-Match", tag).header("Idempotency-Key", "wpg-" + key));

        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals("cocart_cart_modified", Http.object(stale).getString("code"));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals("true", header(retry, "Idempotent-Replayed"), "the first answer, sent again");
        assertEquals(first.body(), retry.body());
    }

    @Test
    void bodyCredentialsStillCountOnAnOverriddenPost() {
        URI sessions = http().at(V2 + "sessions?_method=GET");
        String admin = "{\"username\":\"admin\",\"password\":\"adminpass\"}";

        HttpResponse<String> anonymous = send(post(sessions));
        HttpResponse<String> withBody = send(HttpRequest.newBuilder(sessions).header("Content-Type",
                "application/json").POST(BodyPublishers.ofString(admin)));

        assertEquals(401, anonymous.statusCode(), "routed as GET /sessions: " + anonymous.body());
        assertTrue(withBody.statusCode() == 200 || withBody.statusCode() == 404, withBody.body());
    }

    @Test
    void aMethodNoRouteHasIsRestNoRouteAndChangesNothing() {
        String key = cartWithTwoLines();

        for (String method : List.of("FOO", "", "DE%20LETE", "X".repeat(33), "DELETE%0D%0AX")) {
            HttpResponse<String> answer = send(post(http().at(V2 + "cart/item/" + ALBUM + "?_method=" + method
                    + "&cart_key=" + key)));

            assertEquals(404, answer.statusCode(), method + ": " + answer.body());
            assertEquals("rest_no_route", Http.object(answer).getString("code"), method);
        }
        assertEquals(List.of(ALBUM, TEE), itemKeys(Http.object(cart().get("", key))));
    }

    @Test
    void aStorefrontOnAnotherOriginMaySendTheOverrideHeader() {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(http().at(V2 + "cart/item/" + ALBUM))
                .header("Origin", CorsContract.SHOP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-http-method-override")
                .method("OPTIONS", BodyPublishers.noBody()));

        assertEquals(200, preflight.statusCode());
        assertTrue(List.of(header(preflight, "Access-Control-Allow-Headers").split(",\\s*"))
                .contains("X-HTTP-Method-Override"), header(preflight, "Access-Control-Allow-Headers"));
    }

    // ?rest_route=

    @Test
    void restRouteAtTheRootAnswersAsWpJson() {
        HttpResponse<String> pretty = get(V2 + "store");

        for (String root : List.of("", "index.php")) {
            HttpResponse<String> plain = http().get(http().atServerRoot(root + "?rest_route=/cocart/v2/store"));

            assertEquals(200, plain.statusCode(), root + ": " + plain.body());
            assertEquals(Http.object(pretty), Http.object(plain), root);
            assertEquals("noindex", header(plain, "X-Robots-Tag"), "the API's headers");
        }
    }

    @Test
    void restRouteKeepsTheQueryTheHeadersAndTheBody() {
        String key = cartWithTwoLines();
        URI root = http().atServerRoot("");

        HttpResponse<String> read = send(HttpRequest.newBuilder(root.resolve("?rest_route=/cocart/v2/cart&cart_key="
                + key + "&_fields=item_count")).header("Origin", CorsContract.SHOP).GET());
        HttpResponse<String> json = send(HttpRequest.newBuilder(root.resolve("?rest_route=/cocart/v2/cart/add-item"))
                .header("Cart-Key", key).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(CartJourney.addBody("12", "1"))));
        HttpResponse<String> form = send(HttpRequest.newBuilder(root.resolve("index.php?rest_route=/cocart/v2/cart/"
                + "add-item&cart_key=" + key)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("id=12&quantity=2")));
        HttpResponse<String> removed = send(post(root.resolve("?rest_route=/cocart/v2/cart/item/" + TEE
                + "&_method=DELETE&cart_key=" + key)));

        assertEquals("{\"item_count\":3}", read.body());
        assertEquals(key, header(read, "CoCart-API-Cart-Key"));
        assertEquals(CorsContract.SHOP, header(read, "Access-Control-Allow-Origin"));
        assertEquals(200, json.statusCode(), json.body());
        assertEquals(200, form.statusCode(), "the form body reaches the route: " + form.body());
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(List.of(ALBUM), itemKeys(Http.object(removed)));
        assertEquals(4, Http.object(removed).getJsonArray("items").getJsonObject(0).getJsonObject("quantity")
                .getInt("value"), "1 + 1 (JSON) + 2 (form) albums");
    }

    @Test
    void restRouteCarriesAuthentication() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(DemoLogins.CUSTOMER.getBytes());

        HttpResponse<String> login = send(post(http().atServerRoot("?rest_route=/cocart/v2/login"))
                .header("Authorization", basic));

        assertEquals(200, login.statusCode(), login.body());
        assertEquals("2", Http.object(login).getString("user_id"));
    }

    @Test
    void aRestRouteThatMatchesNothingIsRestNoRoute() {
        for (String route : List.of("cocart/v2/store", "/cocart/v2/no-such-route", "//cocart/v2/store",
                "/../WEB-INF/web.xml", "/cocart/v2/%2e%2e/v2/store", "/cocart/v2/store%3Fx")) {
            HttpResponse<String> answer = http().get(http().atServerRoot("?rest_route=" + route));

            assertEquals(404, answer.statusCode(), route + ": " + answer.body());
            assertEquals("rest_no_route", Http.object(answer).getString("code"), route);
            assertEquals("noindex", header(answer, "X-Robots-Tag"), route + ": answered by the API");
        }
        HttpResponse<String> tooLong = http().get(http().atServerRoot("?rest_route=/cocart/v2/" + "a".repeat(2100)));
        HttpResponse<String> hugeQuery = http().get(http().atServerRoot("?rest_route=/cocart/v2/store&x="
                + "a".repeat(10_000)));
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertEquals("rest_invalid_param", Http.object(tooLong).getString("code"));
        assertTrue(Http.object(tooLong).getJsonObject("data").getJsonObject("params").containsKey("rest_route"));
        assertEquals(414, hugeQuery.statusCode(), hugeQuery.body());
        assertEquals("cocart_uri_too_long", Http.object(hugeQuery).getString("code"));
        HttpResponse<String> enveloped = http().get(http().atServerRoot("?rest_route=nowhere&_envelope"));
        assertEquals(200, enveloped.statusCode(), enveloped.body());
        assertEquals("rest_no_route", Http.object(enveloped).getJsonObject("body").getString("code"));
    }
}
