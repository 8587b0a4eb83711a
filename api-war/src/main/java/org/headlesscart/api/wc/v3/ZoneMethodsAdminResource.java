package org.headlesscart.api.wc.v3;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.pricing.boundary.ShippingAdminService;
import org.headlesscart.pricing.model.MethodDraft;
import org.headlesscart.pricing.model.ShippingMethodTypes;
import org.headlesscart.pricing.model.ShippingZone;

/**
 * The admin API's method instances of a zone ({@code wc/v3/shipping/zones/{zone_id}/methods}), zone 0's included.
 * Create takes {@code method_id} and, like update, {@code settings} (merged into the instance's), {@code enabled}
 * and {@code order}. Create answers 200, as WooCommerce's does.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/shipping/zones/{zoneId: \\d+}/methods")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Tax and shipping admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class ZoneMethodsAdminResource {

    @EJB
    ShippingAdminService shipping;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3ZoneMethodsList", summary = "The zone's method instances in order; 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public List<ShippingResponses.Method> list(@PathParam("zoneId") long zoneId) {
        return shipping.get(zoneId).methods().stream().map(m -> response(m, zoneId)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.ZONE_METHOD)
    @Operation(operationId = "wcV3ZoneMethodsCreate", summary = "Add an instance of method_id (flat_rate, "
            + "free_shipping, local_pickup) with settings, enabled, order; 400 rest_invalid_param, "
            + "rest_setting_value_invalid; 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public ShippingResponses.Method create(@PathParam("zoneId") long zoneId, String body) {
        JsonBody json = JsonBody.parse(body);
        String methodId = json.string("method_id");
        MethodDraft draft = draft(json);
        if (methodId == null) {
            throw new MissingParamException(List.of("method_id"));
        }
        return response(shipping.addMethod(zoneId, methodId, draft), zoneId);
    }

    @GET
    @Path("{instanceId: \\d+}")
    @Operation(operationId = "wcV3ZoneMethodsGet", summary = "One instance; 404 "
            + "woocommerce_rest_shipping_zone_method_invalid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public ShippingResponses.Method method(@PathParam("zoneId") long zoneId, @PathParam("instanceId") long id) {
        return response(shipping.method(zoneId, id), zoneId);
    }

    @PUT
    @Path("{instanceId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.ZONE_METHOD)
    @Operation(operationId = "wcV3ZoneMethodsUpdate", summary = "Change settings, enabled, order; 400; 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public ShippingResponses.Method update(@PathParam("zoneId") long zoneId, @PathParam("instanceId") long id,
            String body) {
        return response(shipping.updateMethod(zoneId, id, draft(JsonBody.parse(body))), zoneId);
    }

    @PATCH
    @Path("{instanceId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.ZONE_METHOD)
    @Operation(operationId = "wcV3ZoneMethodsPatch", summary = "As PUT")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public ShippingResponses.Method patch(@PathParam("zoneId") long zoneId, @PathParam("instanceId") long id,
            String body) {
        return update(zoneId, id, body);
    }

    @DELETE
    @Path("{instanceId: \\d+}")
    @Operation(operationId = "wcV3ZoneMethodsDelete", summary = "Delete an instance; needs force=true (501 "
            + "rest_trash_not_supported); 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "501", ref = ErrorDocs.NOT_IMPLEMENTED)
    public Response delete(@PathParam("zoneId") long zoneId, @PathParam("instanceId") long id,
            @QueryParam("force") String force) {
        if (!ProductsAdminResource.flag("force", force)) {
            shipping.method(zoneId, id);
            return CoCartError.response(501, "rest_trash_not_supported", "Shipping methods do not support trashing.");
        }
        return Response.ok(response(shipping.deleteMethod(zoneId, id), zoneId)).build();
    }

    private ShippingResponses.Method response(ShippingZone.Method method, long zoneId) {
        return ShippingResponses.Method.from(method, ShippingMethodTypes.byId(method.methodId()).orElseThrow(),
                zoneId, uri);
    }

    /**
     * {@code settings} is an object of setting ids to values; WordPress's text fields take strings and numbers
     * alike (a cost of {@code 10} is "10").
     */
    private static MethodDraft draft(JsonBody json) {
        Boolean enabled = json.bool("enabled");
        Integer order = json.int32("order");
        json.throwIfAny();
        JsonValue sent = json.raw("settings");
        if (sent == null) {
            return new MethodDraft(null, enabled, order);
        }
        if (!(sent instanceof JsonObject object)) {
            throw new InvalidParamException(Map.of("settings", "settings is not of type object."));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        object.forEach((key, value) -> {
            if (value instanceof JsonString text) {
                settings.put(key, text.getString());
            } else if (value instanceof JsonNumber number) {
                settings.put(key, number.toString());
            } else if (value != JsonValue.NULL) {
                throw new InvalidParamException(Map.of("settings", "settings[" + key + "] is not of type string."));
            }
        });
        return new MethodDraft(settings, enabled, order);
    }
}
