package org.headlesscart.api.cocart.v2.cart;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.http.CartHeaders;
import org.headlesscart.api.http.CartHeadersFilter;
import org.headlesscart.api.http.ResponseFields;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.ratelimit.RateGroup;
import org.headlesscart.api.ratelimit.RateLimited;
import org.headlesscart.api.ratelimit.RateLimiter;
import org.headlesscart.cart.boundary.CartService;

/**
 * WordPress's batch route, {@code POST /wp-json/batch/v1} (contract §12, decision 11; docs/batch.md), for the
 * batchable cart routes: up to 25 sub-requests, each checked and run exactly as its route would be, each in its own
 * transaction, in order; the answer is 207 with every sub-request's {@code {"body", "status", "headers"}}. With
 * {@code validation: require-all-validate} every sub-request's route and arguments are checked first, and when one
 * fails nothing runs: 207 {@code {"failed": "validation", "responses": [...]}}, {@code null} for the valid ones.
 *
 * <p>A sub-request's cart is the key its headers ({@code Cart-Key}, {@code CoCart-API-Cart-Key}) or its path's
 * {@code cart_key} name, else the batch request's own, else the cart the sub-request before it worked on (the
 * batch's session: a guest's first add starts a cart, the following sub-requests continue it). Who is logged in is
 * decided once, for the batch request.
 */
@RequestScoped
@Path("batch/v1")
@Produces(CoCartV2.JSON)
@Tag(name = "Batch")
public class WordPressBatchResource {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    CartService carts;

    @Inject
    CartCalls calls;

    @Inject
    RenderedCarts rendered;

    @Inject
    CartHeadersFilter cartHeaders;

    @Inject
    RateLimiter limiter;

    @Context
    Providers providers;

    /** A sub-request checked: its arguments, write and own {@code _fields} (null: none), or the answer refusing it. */
    private record Checked(BatchRequest.Sub sub, CartParams params, CartWrite write, ResponseFields fields,
            Response refusal) {
    }

    @POST
    @RateLimited(value = RateGroup.COUPON, everyRequest = false)
    @Operation(operationId = "wordPressBatch",
            summary = "Up to 25 cart writes, each in its own transaction; 207 with each answer; 400 "
            + "rest_invalid_param for more than 25 or a bad body, per request 404 rest_no_route, 400 "
            + "rest_batch_not_allowed")
    @RequestBody(ref = RequestDocs.BATCH)
    @APIResponse(responseCode = "207", description = "{responses: [{body, status, headers}]}, one per request")
    public Response batch(String body) {
        CartParams params = calls.params(body);
        BatchRequest batch = BatchRequest.read(params);
        String batchKey = calls.batchKey(params);
        BatchAnswers answers = new BatchAnswers(providers);
        List<Checked> checked = new ArrayList<>();
        batch.requests().forEach(sub -> checked.add(check(sub, answers)));
        JsonArrayBuilder responses = JSON.createArrayBuilder();
        JsonObjectBuilder answer = JSON.createObjectBuilder();
        if (batch.requireAllValidate() && checked.stream().anyMatch(c -> c.refusal() != null)) {
            checked.forEach(c -> responses.add(c.refusal() == null ? JsonValue.NULL
                    : answers.envelope(c.refusal(), new MultivaluedHashMap<>())));
            answer.add("failed", "validation");
        } else {
            String previous = null;
            for (Checked c : checked) {
                CartHeaders shown = new CartHeaders();
                responses.add(c.refusal() != null ? answers.envelope(c.refusal(), new MultivaluedHashMap<>())
                        : run(c, RequestedCart.firstGiven(c.sub().namedKey(c.params()), batchKey, previous), shown,
                                answers));
                previous = shown.key() != null ? shown.key() : previous;
            }
        }
        return Response.status(207).entity(answer.add("responses", responses).build().toString()).build();
    }

    private Checked check(BatchRequest.Sub sub, BatchAnswers answers) {
        try {
            CartParams params = CartParams.of(sub.rawQuery(), sub.body());
            var route = BatchRoutes.match(sub.method(), sub.route());
            calls.call(params, null, new CartHeaders());   // fields, thumb
            String fields = params.queryField("_fields");  // bounded as the top-level one, before anything runs
            return new Checked(sub, params, route.apply(params),
                    fields == null ? null : ResponseFields.parse(List.of(fields)), null);
        } catch (RuntimeException e) {
            return new Checked(sub, null, null, null, answers.refusal(e));
        }
    }

    /** One sub-request, in its own transaction, answered as its route answers; its cart's kept answers dropped. */
    private JsonValue run(Checked c, String key, CartHeaders shown, BatchAnswers answers) {
        Response response;
        try {
            if (c.write().appliesCoupon()) {
                limiter.count(RateGroup.COUPON);     // each apply-coupon counts, as it would on its own route
            }
            CartCall call = calls.call(c.params(), key, shown);
            response = c.write().answer(call, CartWriteRetry.write(() -> c.write().run(carts, call.ref())));
        } catch (RuntimeException e) {
            response = answers.refusal(e);
        } finally {
            dropKept(shown);
        }
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        cartHeaders.add(c.sub().route(), shown, headers);
        return answers.envelope(response, headers, c.fields());
    }

    private void dropKept(CartHeaders shown) {
        if (shown.key() != null) {
            rendered.cartWritten(shown.key());
        }
        if (shown.requestedKey() != null && !shown.requestedKey().equals(shown.key())) {
            rendered.cartWritten(shown.requestedKey());
        }
    }
}
