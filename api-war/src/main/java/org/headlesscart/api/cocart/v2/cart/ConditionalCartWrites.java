package org.headlesscart.api.cocart.v2.cart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.http.CartHeaders;
import org.headlesscart.cart.model.CartAnswer;
import org.headlesscart.cart.model.CartChange;
import org.headlesscart.cart.boundary.CartException;
import org.headlesscart.cart.boundary.CartFailure;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartTags;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.cart.model.WriteConditions;

/**
 * The cart write routes' answers, with their conditions (docs/conditional-writes.md): every
 * write answers the {@code ETag} of the cart it left; {@code If-Match} and {@code Idempotency-Key} make it one
 * {@link CartService#conditionally} call, in which the key is claimed, the tags are checked under the cart's lock,
 * and the answer is rendered and kept under the key before the transaction commits. An answer sent again for a
 * retry carries {@code Idempotent-Replayed: true}. A failed If-Match answers 412 {@code cocart_cart_modified} with
 * the cart as it is now in {@code data.cart} and its tag.
 */
@RequestScoped
public class ConditionalCartWrites {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    /** Visible ASCII, as the IETF draft's keys (UUIDs, ULIDs, ...) are; at most 255 characters. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    @EJB
    CartService carts;

    @Inject
    CartHeaders headers;

    /** One cart route's write, alone: its one boundary call, answered as the route answers. */
    Response write(String method, CartCall call, CartWrite write) {
        return run(method, call, () -> write.run(carts, call.ref()), CartChange::cart,
                change -> write.answer(call, change));
    }

    /**
     * @param method  the request's method, part of what a key's request is
     * @param write   the boundary call (retried on races as {@link CartWriteRetry} does)
     * @param viewOf  the cart the write left, from its result
     * @param answer  the route's answer from the result ({@code return_item}, {@code return_status}, ...)
     */
    <T> Response run(String method, CartCall call, Supplier<T> write, Function<T, CartView> viewOf,
            Function<T, Response> answer) {
        String ifMatch = call.header("If-Match");
        String key = call.header(IDEMPOTENCY_KEY);
        if (ifMatch == null && key == null) {
            T result = CartWriteRetry.write(write);
            Response plain = answer.apply(result);
            String tag = tagOf(viewOf.apply(result));
            return tag == null ? plain : Response.fromResponse(plain).header("ETag", EntityTags.quoted(tag)).build();
        }
        if (key != null && !KEY.matcher(key).matches()) {
            call.params().problem(IDEMPOTENCY_KEY, "An Idempotency-Key is 1 to 255 visible ASCII characters.");
            call.params().throwIfAny();
        }
        WriteConditions conditions = new WriteConditions(EntityTags.ifMatch(ifMatch),
                key == null ? null : new WriteConditions.Idempotency(key, fingerprint(method, call)));
        try {
            CartAnswer kept = CartWriteRetry.write(() -> carts.conditionally(call.ref(), conditions,
                    () -> rendered(write.get(), viewOf, answer)));
            return send(kept);
        } catch (CartException e) {
            if (e.failure() != CartFailure.CART_MODIFIED) {
                throw e;
            }
            return modified(call, e.getMessage());
        }
    }

    /** 412 {@code cocart_cart_modified}: the cart as it is now, in {@code data.cart}, and its tag. */
    Response modified(CartCall call, String message) {
        CartView now = call.view(carts);
        return modified(call.responses().render(now), tagOf(now), message);
    }

    static Response modified(byte[] cart, String tag, String message) {
        try (JsonReader reader = JSON.createReader(new StringReader(new String(cart, StandardCharsets.UTF_8)))) {
            Response refusal = CoCartError.response(412, "cocart_cart_modified", message,
                    Map.of("cart", reader.readValue()));
            return tag == null ? refusal : Response.fromResponse(refusal).header("ETag", EntityTags.quoted(tag)).build();
        }
    }

    static String tagOf(CartView view) {
        return view == null || view.stamp() == null ? null : CartTags.of(view.stamp(), view.validUntil());
    }

    private <T> CartAnswer rendered(T result, Function<T, CartView> viewOf, Function<T, Response> answer) {
        CartView view = viewOf.apply(result);
        Response response = answer.apply(result);
        return new CartAnswer(response.getStatus(), new String(bytes(response.getEntity()), StandardCharsets.UTF_8),
                view.cartKey(), view.expiring(), view.expiration(), tagOf(view), false);
    }

    private Response send(CartAnswer kept) {
        headers.shown(kept.cartKey(), kept.expiring(), kept.expiration());
        Response.ResponseBuilder response = Response.status(kept.status())
                .entity(kept.body().getBytes(StandardCharsets.UTF_8)).type(CoCartV2.JSON);
        if (kept.etag() != null) {
            response.header("ETag", EntityTags.quoted(kept.etag()));
        }
        return (kept.replayed() ? response.header(REPLAYED, "true") : response).build();
    }

    private static byte[] bytes(Object entity) {
        if (entity instanceof byte[] body) {
            return body;
        }
        if (entity instanceof StreamingOutput stream) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            try {
                stream.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
        throw new IllegalStateException("a cart answer is JSON written by CartCall, not " + entity);
    }

    /**
     * What a key's request is: method, path and query, the cart key it names (also from a header) and the body. The
     * same key with anything else is another request (422 {@code cocart_idempotency_key_reused}).
     */
    static String fingerprint(String method, CartCall call) {
        return fingerprint(method, call.target(), call.key(), call.body());
    }

    static String fingerprint(String method, String target, String cartKey, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {method, target, cartKey, body}) {
                sha.update((part == null ? "\u0000" : part.length() + ":" + part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
