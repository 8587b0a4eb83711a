package org.headlesscart.api.wc.v3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.error.PricingExceptionMapper;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.ResponseDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.pricing.boundary.PricingException;
import org.headlesscart.pricing.boundary.StoreSettingsService;
import org.headlesscart.pricing.model.SettingValue;
import org.headlesscart.pricing.model.SettingView;

/**
 * The admin API's store settings that change a cart's totals ({@code wc/v3/settings/general} and {@code tax},
 * docs/pricing-admin.md), for administrators and shop managers: a group's list, one setting, a new value (PUT,
 * PATCH and POST alike) and the group's batch of updates. Currency and store address are configuration, not here.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/settings/{group}")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Settings admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class SettingsAdminResource {

    @EJB
    StoreSettingsService settings;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3SettingsList", summary = "The group's settings (general or tax); 404 "
            + "rest_setting_setting_group_invalid")
    @APIResponse(responseCode = "200", ref = ResponseDocs.SETTINGS)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public List<SettingResponse> group(@PathParam("group") String group) {
        return settings.group(group).stream().map(this::response).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "wcV3SettingsGet", summary = "One setting; 404 rest_setting_setting_group_invalid, "
            + "rest_setting_setting_invalid")
    @APIResponse(responseCode = "200", ref = ResponseDocs.SETTING)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public SettingResponse setting(@PathParam("group") String group, @PathParam("id") String id) {
        return response(settings.setting(group, id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3SettingsUpdate", summary = "A new value; 400 rest_setting_value_invalid; 404")
    @RequestBody(ref = RequestDocs.SETTING)
    @APIResponse(responseCode = "200", ref = ResponseDocs.SETTING)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public SettingResponse update(@PathParam("group") String group, @PathParam("id") String id, String body) {
        return response(settings.update(group, id, value(JsonBody.parse(body).raw("value"))));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3SettingsPatch", summary = "As PUT")
    @RequestBody(ref = RequestDocs.SETTING)
    @APIResponse(responseCode = "200", ref = ResponseDocs.SETTING)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public SettingResponse patch(@PathParam("group") String group, @PathParam("id") String id, String body) {
        return update(group, id, body);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3SettingsPost", summary = "As PUT")
    @RequestBody(ref = RequestDocs.SETTING)
    @APIResponse(responseCode = "200", ref = ResponseDocs.SETTING)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public SettingResponse post(@PathParam("group") String group, @PathParam("id") String id, String body) {
        return update(group, id, body);
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3SettingsBatch", summary = "update: [{id, value}], each answered in place, a "
            + "refused one as {id, error}; at most 100; 404 for an unknown group")
    @RequestBody(ref = RequestDocs.SETTINGS_BATCH)
    @APIResponse(responseCode = "200", ref = ResponseDocs.BATCH_ANSWER)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batch(@PathParam("group") String group, String body) {
        settings.group(group);      // an unknown group is refused as a whole, as WooCommerce's route refuses it
        CouponBatch batch = CouponBatch.read(body);
        List<JsonValue> items = batch.items("update");
        if (items.size() > CouponBatch.LIMIT) {
            return batch.tooLarge();
        }
        List<Object> done = new ArrayList<>();
        for (JsonValue item : items) {
            String id = item instanceof JsonObject object && object.get("id") instanceof JsonString text
                    ? text.getString() : "";
            try {
                JsonValue value = item instanceof JsonObject object ? object.get("value") : null;
                done.add(response(settings.update(group, id, value(value))));
            } catch (PricingException e) {
                done.add(new BatchItemError(id, (CoCartError) new PricingExceptionMapper().toResponse(e).getEntity()));
            }
        }
        Map<String, List<Object>> answer = new LinkedHashMap<>();
        answer.put("update", done);
        return Response.ok(answer).build();
    }

    @PUT
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3SettingsBatchPut", summary = "As POST")
    @RequestBody(ref = RequestDocs.SETTINGS_BATCH)
    @APIResponse(responseCode = "200", ref = ResponseDocs.BATCH_ANSWER)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batchPut(@PathParam("group") String group, String body) {
        return batch(group, body);
    }

    @PATCH
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3SettingsBatchPatch", summary = "As POST")
    @RequestBody(ref = RequestDocs.SETTINGS_BATCH)
    @APIResponse(responseCode = "200", ref = ResponseDocs.BATCH_ANSWER)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batchPatch(@PathParam("group") String group, String body) {
        return batch(group, body);
    }

    /**
     * The value sent: text, a JSON boolean as {@code yes}/{@code no} (what a checkbox stores), a number as its text,
     * a list of texts; anything else (or nothing) is a value no setting takes.
     */
    private static SettingValue value(JsonValue value) {
        if (value instanceof JsonString text) {
            return SettingValue.of(text.getString());
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return SettingValue.of(value == JsonValue.TRUE ? "yes" : "no");
        }
        if (value instanceof JsonNumber number) {
            return SettingValue.of(number.toString());
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            List<String> texts = value.asJsonArray().stream().filter(JsonString.class::isInstance)
                    .map(element -> ((JsonString) element).getString()).toList();
            return SettingValue.ofList(texts);
        }
        return new SettingValue(null, null);
    }

    private SettingResponse response(SettingView setting) {
        String collection = uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("settings")
                .path(setting.group()).build().toString();
        return SettingResponse.from(setting, collection + "/" + setting.id(), collection);
    }
}
