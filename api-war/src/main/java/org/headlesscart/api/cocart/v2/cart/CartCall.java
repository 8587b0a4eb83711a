package org.headlesscart.api.cocart.v2.cart;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.error.CartExceptionMapper;
import org.headlesscart.api.http.CartHeaders;
import org.headlesscart.api.security.Caller;
import org.headlesscart.cart.boundary.CartFailure;
import org.headlesscart.cart.model.CartRef;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.catalog.model.StoreView;

/**
 * One request to a cart route: its arguments, the cart key it names, the parameters every cart route takes
 * ({@code fields}, {@code thumb}, {@code default}; contract §2.1), and how its answer is written. Every cart shown
 * is recorded for the cart headers.
 *
 * <p>The cart key (decision 6, contract §6.1) comes from the {@code Cart-Key} header, else the
 * {@code CoCart-API-Cart-Key} header, else the {@code cart_key} form field, else the {@code cart_key} query
 * parameter (form over query, as PHP's {@code $_REQUEST}); never from a JSON body. It goes to the cart service as
 * given, which checks its format.
 */
final class CartCall {

    private final CartParams params;
    private final String cartKey;
    private final CartRef ref;
    private final CartFields fields;
    private final CartFormat format;
    private final CartHeaders headers;
    private final String fieldsAsked;
    private HttpHeaders http;
    private String target;
    private String body;

    private CartCall(CartParams params, CartRef ref, CartFields fields, String fieldsAsked, CartFormat format,
            CartHeaders headers) {
        this.params = params;
        this.cartKey = ref.key();
        this.ref = ref;
        this.fields = fields;
        this.fieldsAsked = fieldsAsked;
        this.format = format;
        this.headers = headers;
    }

    /** @param body the request body, null for a GET */
    static CartCall of(UriInfo uri, HttpHeaders http, String body, StoreView store, CartHeaders headers,
            Caller caller) {
        CartParams params = params(uri, http, body);
        String key = firstGiven(http.getHeaderString("Cart-Key"), http.getHeaderString("CoCart-API-Cart-Key"),
                params.formField("cart_key"), params.queryField("cart_key"));
        CartCall call = of(params, key, uri.getBaseUri(), store, headers, caller);
        call.http = http;
        String query = uri.getRequestUri().getRawQuery();
        call.target = uri.getPath() + (query == null ? "" : "?" + query);
        call.body = body;
        return call;
    }

    /** The request's arguments: its query, and its body read as its content type says. */
    static CartParams params(UriInfo uri, HttpHeaders http, String body) {
        String type = http.getMediaType() == null ? null : http.getMediaType().toString();
        return CartParams.read(uri.getRequestUri().getRawQuery(), type, body);
    }

    /**
     * The cart key a batch request names for itself, in its headers or its query; each sub-request may name its
     * own ({@link BatchRequest.Sub#namedKey}).
     */
    static String batchKey(HttpHeaders http, CartParams params) {
        return firstGiven(http.getHeaderString("Cart-Key"), http.getHeaderString("CoCart-API-Cart-Key"),
                params.queryField("cart_key"));
    }

    /**
     * A call whose arguments and cart key are already read: a sub-request of a batch (README "Batch"), whose key
     * the batch chooses from the sub-request's headers and path and the batch's own.
     */
    static CartCall of(CartParams params, String key, URI baseUri, StoreView store, CartHeaders headers,
            Caller caller) {
        headers.requested(key);
        boolean thumb = params.bool("thumb", true);
        if (params.bool("default", false)) {
            params.problem("default", "default is not supported: the raw WooCommerce cart does not exist here.");
        }
        String fieldsAsked = params.string("fields");
        return new CartCall(params, ref(key, caller), CartFields.parse(fieldsAsked), fieldsAsked,
                CartFormat.of(store, baseUri, thumb), headers);
    }

    /** A request header, or null ({@link ConditionalCartWrites}: If-Match, Idempotency-Key); none in a batch. */
    String header(String name) {
        return http == null ? null : http.getHeaderString(name);
    }

    /** Path and query as requested, and the body (null for a GET): what an Idempotency-Key's request is. */
    String target() {
        return target;
    }

    String body() {
        return body;
    }

    /**
     * The key with who sends it: the cart service decides which cart that is (contract §6.1–6.3). Only customers
     * absorb guest carts; staff naming a guest key work on that cart (CoCart 5.0; README "Carts and identity").
     */
    private static CartRef ref(String key, Caller caller) {
        return caller.account().map(user -> new CartRef(key, user.id(), user.hasRole("customer")))
                .orElseGet(() -> CartRef.guest(key));
    }

    /** The first key given, trimmed; null when none is. */
    static String firstGiven(String... keys) {
        for (String key : keys) {
            if (key != null && !key.isBlank()) {
                return key.trim();
            }
        }
        return null;
    }

    CartParams params() {
        return params;
    }

    /** The key the request named, or null: the service then shows an empty cart or starts one. */
    String key() {
        return cartKey;
    }

    /** The cart this call names, with who names it: what the cart service takes. */
    CartRef ref() {
        return ref;
    }

    /** Whether a user is logged in: their carts are not kept by {@link RenderedCarts}. */
    boolean authenticated() {
        return ref.userId() != null;
    }

    /** The {@code fields} parameter as sent, or null. */
    String fieldsAsked() {
        return fieldsAsked;
    }

    CartFormat format() {
        return format;
    }

    /** The cart object (contract §3), as {@code fields} chooses. */
    Response cart(CartView cart) {
        headers.shown(cart);
        CartJson json = new CartJson(format);
        return ok(out -> json.cart(out, cart, fields));
    }

    /** The cart object as {@link #cart} writes it, as bytes; the cart's headers are recorded as for {@link #cart}. */
    byte[] render(CartView cart) {
        headers.shown(cart);
        CartJson json = new CartJson(format);
        return CartJson.bytes(out -> json.cart(out, cart, fields));
    }

    /**
     * A cart object rendered before, for the cart under this call's key: the headers are made from the key and
     * the cart's windows, as for a cart shown now.
     */
    Response cartBody(byte[] body) {
        return Response.ok(body, CoCartV2.JSON).build();
    }

    /** One line as an Item object (contract §3.3). */
    Response item(CartView cart, CartView.Line line) {
        headers.shown(cart);
        CartJson json = new CartJson(format);
        return ok(out -> {
            out.writeStartObject();
            json.item(out, line, false);
            out.writeEnd();
        });
    }

    /** Lines as an array of Items ({@code return_items}), or keyed by item key ({@code /cart/items}). */
    Response items(CartView cart, List<CartView.Line> lines, boolean keyed) {
        headers.shown(cart);
        CartJson json = new CartJson(format);
        return ok(out -> {
            if (keyed) {
                out.writeStartObject();
            } else {
                out.writeStartArray();
            }
            for (CartView.Line line : lines) {
                if (keyed) {
                    out.writeStartObject(line.itemKey());
                } else {
                    out.writeStartObject();
                }
                json.item(out, line, false);
                out.writeEnd();
            }
            out.writeEnd();
        });
    }

    /** WooCommerce's totals map (contract §2.13). */
    Response totals(CartView cart, boolean html) {
        headers.shown(cart);
        TotalsJson json = new TotalsJson(format.currency());
        return ok(out -> json.write(out, cart, html));
    }

    /** A bare JSON number, as {@code /cart/items/count} answers. */
    Response number(CartView cart, BigDecimal number) {
        headers.shown(cart);
        return ok(out -> CartWire.number(out, number));
    }

    /** A bare JSON string ({@code return_status} of a removal), or {@code {message, quantity}} of an update. */
    Response status(CartView cart, String message, BigDecimal quantity) {
        headers.shown(cart);
        return ok(out -> {
            if (quantity == null) {
                out.write(message == null ? "" : message);
                return;
            }
            out.writeStartObject().write("message", message == null ? "" : message);
            CartWire.number(out, "quantity", quantity);
            out.writeEnd();
        });
    }

    /** A refusal found on a cart the service showed, with that cart's headers. */
    RuntimeException refusal(CartView cart, CartFailure failure, String message) {
        headers.shown(cart);
        return CartExceptionMapper.refusal(failure, message);
    }

    private static Response ok(Consumer<JsonGenerator> body) {
        return Response.ok(CartJson.stream(body), CoCartV2.JSON).build();
    }
}
