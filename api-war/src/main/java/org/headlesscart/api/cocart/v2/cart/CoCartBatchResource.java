package org.headlesscart.api.cocart.v2.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.http.CartHeaders;
import org.headlesscart.cart.model.CartChange;
import org.headlesscart.cart.model.CartOperation;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.ratelimit.RateGroup;
import org.headlesscart.api.ratelimit.RateLimited;
import org.headlesscart.api.ratelimit.RateLimiter;
import org.headlesscart.cart.boundary.CartOperationException;
import org.headlesscart.cart.boundary.CartService;

/**
 * CoCart Plus's batch route, {@code POST /wp-json/cocart/batch} (contract §12, decision 11; docs/batch.md), beyond
 * upstream: up to 25 writes to one cart applied in one transaction, all or nothing. Every sub-request is read
 * exactly as its route reads it; then the cart is locked once, the writes run in order, and the cart is
 * re-validated, totalled and stored once. The answer is what the last sub-request's route answers (the cart, as its
 * {@code fields} and {@code return_*} ask), with the notices of all of them.
 *
 * <p>The cart is named on the batch ({@code ?cart_key=}, {@code Cart-Key}, {@code CoCart-API-Cart-Key}), or by
 * the sub-requests, which may repeat it but not name another; none names a new guest cart, or a logged-in user's
 * own. When one sub-request is refused, nothing is stored, and the answer is that refusal, with its status and
 * code, plus {@code data.failed_request} (its index, from 0) and {@code data.request} (its method and path).
 */
@RequestScoped
@Path("cocart/batch")
@Produces(CoCartV2.JSON)
@Tag(name = "Batch")
public class CoCartBatchResource {

    @EJB
    CartService carts;

    @Inject
    CartCalls calls;

    @Inject
    CartHeaders headers;

    @Inject
    RateLimiter limiter;

    @Context
    Providers providers;

    @POST
    @RateLimited(value = RateGroup.COUPON, everyRequest = false)
    @Operation(operationId = "coCartBatch",
            summary = "Up to 25 writes to one cart in one transaction, all or nothing; the last answer with all "
            + "notices; a refusal answers with its own status and code plus data.failed_request")
    @RequestBody(ref = RequestDocs.BATCH)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "405", ref = ErrorDocs.METHOD_NOT_ALLOWED)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response batch(String body) {
        CartParams params = calls.params(body);
        List<BatchRequest.Sub> subs = BatchRequest.read(params).requests();
        if (subs.isEmpty()) {
            throw new InvalidParamException(Map.of("requests", "requests must contain at least 1 item."));
        }
        String key = calls.batchKey(params);
        headers.requested(key);
        BatchAnswers answers = new BatchAnswers(providers);
        List<CartCall> subCalls = new ArrayList<>();
        List<CartWrite> writes = new ArrayList<>();
        List<CartParams> read = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            try {
                read.add(CartParams.of(subs.get(i).rawQuery(), subs.get(i).body()));
                key = sameCart(key, subs.get(i).namedKey(read.get(i)));
            } catch (RuntimeException e) {
                headers.requested(key);
                return answers.failed(i, subs.get(i), answers.refusal(e));
            }
        }
        for (int i = 0; i < subs.size(); i++) {
            try {
                var route = BatchRoutes.match(subs.get(i).method(), subs.get(i).route());
                subCalls.add(calls.call(read.get(i), key, headers));
                writes.add(route.apply(read.get(i)));
                if (writes.get(i).appliesCoupon()) {
                    limiter.count(RateGroup.COUPON);
                }
            } catch (RuntimeException e) {
                return answers.failed(i, subs.get(i), answers.refusal(e));
            }
        }
        List<CartOperation> operations = writes.stream().map(CartWrite::operation).toList();
        CartCall last = subCalls.get(subCalls.size() - 1);
        try {
            CartChange change = CartWriteRetry.write(() -> carts.apply(last.ref(), operations));
            return writes.get(writes.size() - 1).answer(last, change);
        } catch (CartOperationException e) {
            return answers.failed(e.operation(), subs.get(e.operation()), answers.refusal(e));
        }
    }

    /** The batch's cart key once a sub-request names one: all must name the same cart, or none. */
    private static String sameCart(String key, String named) {
        if (named == null || named.equals(key)) {
            return key;
        }
        if (key == null) {
            return named;
        }
        throw new InvalidParamException(Map.of("cart_key", "Every request of a CoCart batch works on one cart: "
                + "this request names another cart than the batch."));
    }
}
