package org.headlesscart.api.wc.v3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.InvalidParamMapper;
import org.headlesscart.api.error.TaxShippingExceptionMapper;
import org.headlesscart.api.http.StrictJson;
import org.headlesscart.pricing.boundary.TaxAdminService;
import org.headlesscart.pricing.boundary.TaxShippingException;

/**
 * WooCommerce's batch of tax rates ({@code WC_REST_Controller::batch_items}): creates, then updates, then deletes
 * (forced), each item in a transaction of its own, a refused item answered as {@code {"id", "error"}} while the
 * others go on. At most 100 items in all ({@code woocommerce_rest_batch_items_limit}).
 */
final class TaxBatch {

    static final int LIMIT = 100;

    private final TaxAdminService taxes;
    private final UriInfo uri;

    TaxBatch(TaxAdminService taxes, UriInfo uri) {
        this.taxes = taxes;
        this.uri = uri;
    }

    Response run(String body) {
        JsonObject request = object(body);
        JsonArray creates = list(request, "create");
        JsonArray updates = list(request, "update");
        JsonArray deletes = list(request, "delete");
        if (creates.size() + updates.size() + deletes.size() > LIMIT) {
            return CoCartError.response(413, "woocommerce_rest_request_entity_too_large",
                    "Unable to accept more than " + LIMIT + " items for this request.");
        }
        Map<String, List<Object>> answer = new LinkedHashMap<>();
        if (!creates.isEmpty()) {
            answer.put("create", each(creates, this::create));
        }
        if (!updates.isEmpty()) {
            answer.put("update", each(updates, this::update));
        }
        if (!deletes.isEmpty()) {
            List<Object> deleted = new ArrayList<>();
            for (JsonValue id : deletes) {
                long rateId = id(id);
                if (rateId > 0) {
                    deleted.add(answer(rateId, () -> TaxResponses.Tax.from(taxes.delete(rateId), uri)));
                }
            }
            answer.put("delete", deleted);
        }
        return Response.ok(answer).build();
    }

    /** @throws ProcessingException (400 {@code rest_invalid_json}) for text that is not a JSON object */
    private static JsonObject object(String body) {
        try {
            if (StrictJson.read(body == null || body.isBlank() ? "{}" : body) instanceof JsonObject request) {
                return request;
            }
            throw new ProcessingException(new JsonException("A batch is a JSON object"));
        } catch (JsonException e) {
            throw new ProcessingException(e);
        }
    }

    private Object create(JsonObject item) {
        if (item.containsKey("id") && item.get("id") != JsonValue.NULL) {
            return error(id(item.get("id")), CoCartError.body(400, "woocommerce_rest_tax_exists",
                    "Cannot create existing resource.", Map.of()));
        }
        return answer(0, () -> TaxResponses.Tax.from(taxes.create(TaxRequest.parse(JsonBody.parse(item.toString()))),
                uri));
    }

    private Object update(JsonObject item) {
        long id = item.containsKey("id") ? id(item.get("id")) : 0;
        return answer(id, () -> TaxResponses.Tax.from(
                taxes.update(id, TaxRequest.parse(JsonBody.parse(item.toString()))), uri));
    }

    private static List<Object> each(JsonArray items, java.util.function.Function<JsonObject, Object> action) {
        List<Object> answers = new ArrayList<>();
        for (JsonValue item : items) {
            answers.add(item instanceof JsonObject object ? action.apply(object)
                    : error(0, CoCartError.body(400, "rest_invalid_param", "Invalid parameter(s): item", Map.of())));
        }
        return answers;
    }

    private static Object answer(long id, java.util.function.Supplier<Object> action) {
        try {
            return action.get();
        } catch (TaxShippingException e) {
            return error(id, (CoCartError) new TaxShippingExceptionMapper().toResponse(e).getEntity());
        } catch (InvalidParamException e) {
            return error(id, (CoCartError) new InvalidParamMapper().toResponse(e).getEntity());
        }
    }

    private static Map<String, Object> error(long id, CoCartError error) {
        Map<String, Object> refused = new LinkedHashMap<>();
        refused.put("id", id);
        refused.put("error", error);
        return refused;
    }

    /** {@code (int)} of PHP: a number or numeric string, anything else 0. */
    private static long id(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return Math.max(0, number.longValue());
        }
        if (value instanceof JsonString text && text.getString().trim().matches("\\d{1,18}")) {
            return Long.parseLong(text.getString().trim());
        }
        return 0;
    }

    private static JsonArray list(JsonObject request, String key) {
        JsonValue value = request.get(key);
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidParamException(Map.of(key, key + " is not of type array."));
        }
        return value.asJsonArray();
    }
}
