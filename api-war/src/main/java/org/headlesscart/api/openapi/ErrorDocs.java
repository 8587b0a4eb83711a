package org.headlesscart.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The error answers of the API as OpenAPI components: one schema, {@value #SCHEMA} (the envelope of
 * {@code api.error.CoCartError}), and one response per status that refers to it. Routes name the statuses of their
 * own with {@code @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)}; the statuses any route can answer
 * ({@link #EVERY_ROUTE}) are added to every operation by {@link OpenApiFilter}, so no route repeats them.
 */
public final class ErrorDocs {

    public static final String SCHEMA = "CoCartError";

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String CONFLICT = "Conflict";
    public static final String GONE = "Gone";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String URI_TOO_LONG = "UriTooLong";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNPROCESSABLE = "UnprocessableContent";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String HEADERS_TOO_LARGE = "HeadersTooLarge";
    public static final String SERVER_ERROR = "ServerError";
    public static final String NOT_IMPLEMENTED = "NotImplemented";

    /**
     * Statuses every route can answer whatever it does: the request shape (400 {@code cocart_invalid_header},
     * 413, 414, 431; docs/request-limits.md), credentials, which every route reads (401, 429), an {@code Accept}
     * that excludes JSON (406) and a server fault (500).
     */
    public static final Map<String, String> EVERY_ROUTE = Map.of("400", BAD_REQUEST, "401", UNAUTHORIZED,
            "406", NOT_ACCEPTABLE, "413", PAYLOAD_TOO_LARGE, "414", URI_TOO_LONG, "429", TOO_MANY_REQUESTS,
            "431", HEADERS_TOO_LARGE, "500", SERVER_ERROR);

    private ErrorDocs() {
    }

    static Schema schema() {
        return Schemas.object("WordPress's error envelope, the body of every error answer.")
                .addProperty("code", Schemas.string("The error code, e.g. cocart_item_not_in_cart or rest_invalid_param."))
                .addProperty("message", Schemas.string("A message for people."))
                .addProperty("data", Schemas.object("The HTTP status, and what some codes add: params (which "
                        + "parameters failed), details, header, limit_bytes, incident, cart (412), failed_request "
                        + "and request (the CoCart batch).")
                        .addProperty("status", Schemas.integer("The HTTP status of the answer."))
                        .additionalPropertiesBoolean(true)
                        .required(List.of("status")))
                .required(List.of("code", "message", "data"));
    }

    /** The error responses by component name, in status order. */
    static Map<String, APIResponse> responses() {
        Map<String, APIResponse> responses = new LinkedHashMap<>();
        responses.put(BAD_REQUEST, error("A parameter is missing (rest_missing_callback_param) or invalid "
                + "(rest_invalid_param, data.params), the body is not JSON (rest_invalid_json), a header cannot be "
                + "read (cocart_invalid_header, data.header), or the route's own 400 codes."));
        responses.put(UNAUTHORIZED, error("Credentials that were sent are wrong or not accepted "
                + "(cocart_authentication_error), or the route needs a login (cocart_rest_not_authorized, "
                + "cocart_rest_cannot_view)."));
        responses.put(FORBIDDEN, error("The caller may not do this (cocart_rest_cannot_view for a user who is not "
                + "staff, cocart_must_authenticate_user for a registered user's cart without their login, or the "
                + "route's own 403 codes)."));
        responses.put(NOT_FOUND, error("What the request names does not exist (the route's 404 codes)."));
        responses.put(METHOD_NOT_ALLOWED, error("CoCart's status for a quantity or item it refuses "
                + "(cocart_quantity_invalid_amount, cocart_can_not_increase_quantity, cocart_item_restored_to_cart)."));
        responses.put(NOT_ACCEPTABLE, error("Accept excludes JSON (rest_invalid_request)."));
        APIResponse busy = error("The cart stayed busy with other writes (cocart_cart_busy); send it again after "
                + "Retry-After.");
        busy.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait.")
                .schema(Schemas.integer(null)));
        responses.put(CONFLICT, busy);
        responses.put(GONE, error("It was deleted already (woocommerce_rest_already_trashed)."));
        responses.put(PRECONDITION_FAILED, error("If-Match no longer names the cart (cocart_cart_modified); "
                + "data.cart is the cart as it is now. Nothing was changed."));
        responses.put(PAYLOAD_TOO_LARGE, error("The body is over its limit (cocart_request_too_large, "
                + "data.limit_bytes)."));
        responses.put(URI_TOO_LONG, error("The URL is over its limit (cocart_uri_too_long, data.limit_bytes)."));
        responses.put(UNSUPPORTED_MEDIA_TYPE, error("The route does not read this Content-Type "
                + "(rest_invalid_request)."));
        responses.put(UNPROCESSABLE, error("The Idempotency-Key was sent before with another request "
                + "(cocart_idempotency_key_reused)."));
        APIResponse throttled = error("Too many failed logins for this account or address "
                + "(cocart_too_many_attempts), or too many requests of a rate-limited group (rate_limit_exceeded, "
                + "with RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset and RateLimit-Retry-After; "
                + "docs/rate-limits.md); Retry-After says when to try again.");
        throttled.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait.")
                .schema(Schemas.integer(null)));
        responses.put(TOO_MANY_REQUESTS, throttled);
        responses.put(HEADERS_TOO_LARGE, error("The request headers are over their limit (cocart_headers_too_large, "
                + "data.limit_bytes)."));
        responses.put(SERVER_ERROR, error("A fault of the server (cocart_unknown_server_error); data.incident "
                + "names it in the server's log."));
        responses.put(NOT_IMPLEMENTED, error("The route does not support this (woocommerce_rest_trash_not_supported: "
                + "send force=true)."));
        return responses;
    }

    private static APIResponse error(String description) {
        Content content = OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(Schemas.ref(SCHEMA)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
