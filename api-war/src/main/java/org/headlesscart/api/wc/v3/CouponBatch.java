package org.headlesscart.api.wc.v3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.InvalidParamMapper;
import org.headlesscart.api.error.OrderExceptionMapper;
import org.headlesscart.api.error.PricingExceptionMapper;
import org.headlesscart.api.error.WebhookExceptionMapper;
import org.headlesscart.api.http.StrictJson;
import org.headlesscart.order.boundary.OrderException;
import org.headlesscart.pricing.boundary.PricingException;
import org.headlesscart.webhook.boundary.WebhookException;

/**
 * WooCommerce's batch of a REST collection ({@code WC_REST_Controller::batch_items}): {@code create}, {@code update}
 * and {@code delete} lists, at most 100 items in all (else 413 {@code woocommerce_rest_request_entity_too_large}),
 * each item done on its own as its single route would do it, a refused item answered in its place as
 * {@code {"id", "error": {code, message, data}}} while the others go on. Lists sent answer under their name.
 */
final class CouponBatch {

    static final int LIMIT = 100;

    private final JsonObject body;

    private CouponBatch(JsonObject body) {
        this.body = body;
    }

    static CouponBatch read(String text) {
        try {
            if (text != null && !text.isBlank() && StrictJson.read(text) instanceof JsonObject object) {
                return new CouponBatch(object);
            }
            return new CouponBatch(JsonValue.EMPTY_JSON_OBJECT);
        } catch (JsonException e) {
            throw new ProcessingException(e);
        }
    }

    /** The items of one list, checked to be a list; an absent list has none. */
    List<JsonValue> items(String list) {
        JsonValue value = body.get(list);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw InvalidParamException.of(Map.of(list, new InvalidParamException.Problem("rest_invalid_type",
                    list + " is not of type array.", list)));
        }
        return value.asJsonArray();
    }

    /** 413 when the lists hold more than {@link #LIMIT} items together, else {@code null}. */
    Response tooLarge() {
        int count = items("create").size() + items("update").size() + items("delete").size();
        return count > LIMIT ? CoCartError.response(413, "woocommerce_rest_request_entity_too_large",
                "Unable to accept more than " + LIMIT + " items for this request.") : null;
    }

    /** Each item of {@code list} done by {@code one}, or its refusal; the list's answer, or none when not sent. */
    <T> void answer(Map<String, List<Object>> answer, String list, Function<JsonValue, T> one) {
        if (!body.containsKey(list) || body.get(list) == JsonValue.NULL) {
            return;
        }
        List<Object> done = new ArrayList<>();
        for (JsonValue item : items(list)) {
            try {
                done.add(one.apply(item));
            } catch (PricingException | OrderException | WebhookException | InvalidParamException | ProcessingException e) {
                done.add(new BatchItemError(idOf(item), error(e)));
            }
        }
        answer.put(list, done);
    }

    static Map<String, List<Object>> answers() {
        return new LinkedHashMap<>();
    }

    /** A delete item's id: a number or numeric string; anything else names nothing (0). */
    static long idOf(JsonValue item) {
        JsonValue id = item instanceof JsonObject object ? object.getOrDefault("id", JsonValue.NULL) : item;
        try {
            if (id instanceof JsonNumber number) {
                return number.longValueExact();
            }
            if (id instanceof JsonString text && text.getString().matches("\\d{1,18}")) {
                return Long.parseLong(text.getString());
            }
        } catch (ArithmeticException notWhole) {
            return 0;
        }
        return 0;
    }

    static JsonObject object(JsonValue item) {
        if (item instanceof JsonObject object) {
            return object;
        }
        throw new ProcessingException(new JsonException("A batch item must be a JSON object"));
    }

    private static CoCartError error(RuntimeException e) {
        if (e instanceof PricingException refused) {
            return (CoCartError) new PricingExceptionMapper().toResponse(refused).getEntity();
        }
        if (e instanceof OrderException refused) {
            return (CoCartError) new OrderExceptionMapper().toResponse(refused).getEntity();
        }
        if (e instanceof WebhookException refused) {
            return (CoCartError) new WebhookExceptionMapper().toResponse(refused).getEntity();
        }
        if (e instanceof InvalidParamException invalid) {
            return (CoCartError) new InvalidParamMapper().toResponse(invalid).getEntity();
        }
        return CoCartError.body(400, "rest_invalid_json", "Invalid JSON body passed.", Map.of());
    }
}
