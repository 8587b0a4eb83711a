package org.headlesscart.api.cocart.v2.checkout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.cocart.v2.cart.CartHeaderDocs;
import org.headlesscart.api.cocart.v2.catalog.PricesResponse;
import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.OrderExceptionMapper;
import org.headlesscart.api.http.CartHeaders;
import org.headlesscart.api.http.StrictJson;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.ratelimit.RateGroup;
import org.headlesscart.api.ratelimit.RateLimited;
import org.headlesscart.api.ratelimit.RateLimiter;
import org.headlesscart.api.security.Caller;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartAnswer;
import org.headlesscart.cart.model.CartRef;
import org.headlesscart.cart.model.WriteConditions;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.checkout.boundary.CheckoutService;
import org.headlesscart.checkout.model.CheckoutData;
import org.headlesscart.checkout.model.CheckoutOutcome;
import org.headlesscart.checkout.model.CheckoutRequest;
import org.headlesscart.checkout.model.CheckoutUpdate;

/**
 * CoCart Plus v2's checkout (COCART-PLUS §1.3, §4.5; docs/checkout.md): {@code GET} shows the cart as checkout sees
 * it, {@code PUT}/{@code PATCH} change addresses, shipping method, coupon and payment method through the cart's own
 * operations, {@code POST} places and pays the order. The cart is named as on the cart routes (headers or
 * {@code cart_key} query; never the JSON body). {@code POST} takes an {@code Idempotency-Key}: a retry gets the same
 * answer, through the cart's conditional-write machinery.
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/checkout")
@Produces(CoCartV2.JSON)
@Tag(name = "Checkout")
public class CheckoutResource {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    @EJB
    CheckoutService checkout;

    @EJB
    CartService carts;

    @EJB
    CatalogService catalog;

    @Inject
    Caller caller;

    @Inject
    RateLimiter limiter;

    @Inject
    CartHeaders headers;

    @Context
    HttpHeaders http;

    @Context
    UriInfo uri;

    @Context
    jakarta.servlet.http.HttpServletRequest servlet;

    @GET
    @Operation(operationId = "checkout", summary = "CoCart Plus: the cart as checkout shows it (CheckoutData); 401 "
            + "cocart_rest_authentication_required without a cart key or login")
    @Parameters(@Parameter(ref = CartHeaderDocs.CART_KEY))   // a lone @Parameter(ref) is lost by Payara
    @APIResponse(responseCode = "200", description = "CheckoutData: cart_hash, cart_key, currency, customer, items, "
            + "coupons, needs_payment, needs_shipping, shipping_methods, payment_method, fees, cart_totals, message")
    @APIResponse(responseCode = "401", ref = ErrorDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    public Response view() {
        CartRef ref = ref();
        CheckoutData data = checkout.view(ref);
        headers.shown(data.cart());
        return json(200, CheckoutJson.data(data, currency(), "").toString());
    }

    @GET
    @Path("config")
    @Operation(operationId = "checkoutConfig", summary = "CoCart Plus: checkout fields, countries, shipping, "
            + "account and store settings, postcode patterns; public")
    @APIResponse(responseCode = "200", description = "The checkout configuration")
    public Response config() {
        return json(200, CheckoutConfigJson.of(checkout.config()).toString());
    }

    @PUT
    @RateLimited(value = RateGroup.COUPON, everyRequest = false)
    @Operation(operationId = "checkoutUpdate", summary = "CoCart Plus: change the checkout's addresses (all or "
            + "nothing; 400 cocart_invalid_address_fields), shipping method, coupon and payment method")
    @Parameters(@Parameter(ref = CartHeaderDocs.CART_KEY))
    @RequestBody(ref = RequestDocs.CHECKOUT_UPDATE)
    @APIResponse(responseCode = "200", description = "CheckoutData with message \"Checkout data updated.\"")
    @APIResponse(responseCode = "400", ref = ErrorDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ErrorDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    public Response put(String body) {
        return update(body);
    }

    @PATCH
    @RateLimited(value = RateGroup.COUPON, everyRequest = false)
    @Operation(operationId = "checkoutPatch", summary = "CoCart Plus: as PUT checkout")
    @Parameters(@Parameter(ref = CartHeaderDocs.CART_KEY))
    @RequestBody(ref = RequestDocs.CHECKOUT_UPDATE)
    @APIResponse(responseCode = "200", description = "CheckoutData with message \"Checkout data updated.\"")
    @APIResponse(responseCode = "400", ref = ErrorDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ErrorDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    public Response patch(String body) {
        return update(body);
    }

    @POST
    @RateLimited(RateGroup.CHECKOUT)
    @Operation(operationId = "checkoutProcess", summary = "CoCart Plus: place and pay the order "
            + "(CheckoutProcessResponse); a failed payment is 200 with payment_status failed")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @RequestBody(ref = RequestDocs.CHECKOUT_PROCESS)
    @APIResponse(responseCode = "200", description = "CheckoutProcessResponse: order_id, status, order_key, "
            + "order_number, payment_result (payment_status success, no_payment_required, failed or "
            + "requires_action), customer_id, billing_address, shipping_address")
    @APIResponse(responseCode = "400", ref = ErrorDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ErrorDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response process(String body) {
        CartRef ref = ref();
        CheckoutRequest request = processRequest(body);
        String key = http.getHeaderString("Idempotency-Key");
        if (key == null) {
            CheckoutOutcome outcome = CheckoutAdmission.place(() -> checkout.place(ref, request));
            if (outcome.refusal() != null) {
                throw outcome.refusal();
            }
            return json(200, CheckoutJson.processed(outcome.order(), outcome.payment()).toString());
        }
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new InvalidParamException(Map.of("Idempotency-Key",
                    "An Idempotency-Key is 1 to 255 visible ASCII characters."));
        }
        WriteConditions conditions = new WriteConditions(null,
                new WriteConditions.Idempotency(key, fingerprint(ref, body)));
        CartAnswer answer = CheckoutAdmission.place(
                () -> carts.conditionally(ref, conditions, () -> answer(ref, request)));
        Response.ResponseBuilder response = Response.status(answer.status())
                .entity(answer.body().getBytes(StandardCharsets.UTF_8)).type(CoCartV2.JSON);
        return (answer.replayed() ? response.header("Idempotent-Replayed", "true") : response).build();
    }

    /** The checkout placed in the conditional write's transaction, its answer rendered to be kept under the key. */
    private CartAnswer answer(CartRef ref, CheckoutRequest request) {
        CheckoutOutcome outcome = checkout.place(ref, request);
        String body;
        int status;
        if (outcome.refusal() != null) {
            status = OrderExceptionMapper.status(outcome.refusal());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("status", status);
            data.putAll(outcome.refusal().data());
            body = JSON.createObjectBuilder().add("code", OrderExceptionMapper.code(outcome.refusal()))
                    .add("message", outcome.refusal().getMessage()).add("data", JSON.createObjectBuilder(data))
                    .build().toString();
        } else {
            status = 200;
            body = CheckoutJson.processed(outcome.order(), outcome.payment()).toString();
        }
        return new CartAnswer(status, body, ref.key(), null, null, null, false);
    }

    private Response update(String body) {
        CartRef ref = ref();
        CheckoutUpdate update = updateRequest(body);
        if (update.couponCode() != null && !"remove".equals(update.couponAction())) {
            limiter.count(RateGroup.COUPON);            // the checkout's way to apply a coupon counts as the cart's
        }
        CheckoutData data = checkout.update(ref, update);
        headers.shown(data.cart());
        return json(200, CheckoutJson.data(data, currency(), "Checkout data updated.").toString());
    }

    private CartRef ref() {
        String key = first(http.getHeaderString("Cart-Key"), http.getHeaderString("CoCart-API-Cart-Key"),
                uri.getQueryParameters().getFirst("cart_key"));
        if (key != null) {
            headers.requested(key);
        }
        return caller.account().map(user -> new CartRef(key, user.id(), user.hasRole("customer")))
                .orElseGet(() -> CartRef.guest(key));
    }

    private CheckoutRequest processRequest(String body) {
        JsonObject json = object(body);
        return new CheckoutRequest(address(json, "billing_address"), address(json, "shipping_address"),
                bool(json, "use_different_billing", true), text(json, "payment_method"), text(json, "shipping_method"),
                text(json, "currency"), paymentData(json), bool(json, "create_account", false),
                text(json, "customer_password"), text(json, "customer_note"), servlet.getRemoteAddr(),
                http.getHeaderString("User-Agent"));
    }

    private CheckoutUpdate updateRequest(String body) {
        JsonObject json = object(body);
        return new CheckoutUpdate(address(json, "billing_address"), address(json, "shipping_address"),
                json.containsKey("use_different_billing") ? bool(json, "use_different_billing", true) : null,
                text(json, "payment_method"), text(json, "shipping_method"), text(json, "currency"),
                text(json, "coupon_code"), text(json, "coupon_action"));
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try {
            if (!(StrictJson.read(body) instanceof JsonObject object)) {
                throw new JsonException("A request body must be a JSON object");
            }
            return object;
        } catch (JsonException e) {
            throw new ProcessingException(e);           // 400 rest_invalid_json, as every JSON body
        }
    }

    /** An address object's fields as text; anything but an object of strings and numbers is refused. */
    private static Map<String, String> address(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return Map.of();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidParamException(Map.of(name, name + " is not of type object."));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        value.asJsonObject().forEach((field, v) -> {
            String text = scalar(v);
            if (text == null) {
                throw new InvalidParamException(Map.of(name, name + "[" + field + "] is not of type string."));
            }
            if (CheckoutRequest.ADDRESS_FIELDS.contains(field)) {
                fields.put(field, text);
            }
        });
        return fields;
    }

    private static Map<String, String> paymentData(JsonObject json) {
        JsonValue value = json.get("payment_data");
        Map<String, String> data = new LinkedHashMap<>();
        if (value == null || value == JsonValue.NULL) {
            return data;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().size() > 50) {
            throw new InvalidParamException(Map.of("payment_data", "payment_data is not a list of key/value pairs."));
        }
        for (JsonValue entry : value.asJsonArray()) {
            if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidParamException(Map.of("payment_data", "payment_data is not a list of key/value pairs."));
            }
            String key = scalar(entry.asJsonObject().getOrDefault("key", JsonValue.NULL));
            String v = scalar(entry.asJsonObject().getOrDefault("value", JsonValue.NULL));
            if (key == null || v == null || key.length() > 200 || v.length() > 2000) {
                throw new InvalidParamException(Map.of("payment_data", "payment_data is not a list of key/value pairs."));
            }
            data.put(key, v);
        }
        return data;
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        String text = scalar(value);
        if (text == null || text.length() > 2000) {
            throw new InvalidParamException(Map.of(name, name + " is not of type string."));
        }
        return text;
    }

    private static boolean bool(JsonObject json, String name, boolean otherwise) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return otherwise;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        String text = scalar(value);
        if ("1".equals(text) || "true".equals(text)) {
            return true;
        }
        if ("0".equals(text) || "false".equals(text) || "".equals(text)) {
            return false;
        }
        throw new InvalidParamException(Map.of(name, name + " is not of type boolean."));
    }

    private static String scalar(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value.toString();
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    private String fingerprint(CartRef ref, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {"POST", uri.getPath(), ref.key(), String.valueOf(ref.userId()), body}) {
                sha.update((part == null ? "\u0000" : part.length() + ":" + part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private PricesResponse.Currency currency() {
        return PricesResponse.Currency.from(catalog.storeDetails().currency());
    }

    private static Response json(int status, String body) {
        return Response.status(status).type(CoCartV2.JSON).entity(body.getBytes(StandardCharsets.UTF_8)).build();
    }
}
