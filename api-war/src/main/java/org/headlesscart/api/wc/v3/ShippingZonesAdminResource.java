package org.headlesscart.api.wc.v3;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
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
import jakarta.ws.rs.ProcessingException;
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
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.api.http.StrictJson;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.pricing.boundary.ShippingAdminService;
import org.headlesscart.pricing.model.ShippingZone;
import org.headlesscart.pricing.model.ZoneDraft;

/**
 * The admin API's shipping zones and their locations ({@code wc/v3/shipping/zones}): zone 0 ("Locations not
 * covered by your other zones") listed first, as WooCommerce lists it, and neither editable nor deletable. PUT on
 * the locations replaces them all.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/shipping/zones")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Tax and shipping admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class ShippingZonesAdminResource {

    @EJB
    ShippingAdminService shipping;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3ShippingZonesList", summary = "Zone 0 first, then the zones in matching order")
    public List<ShippingResponses.Zone> list() {
        return shipping.list().stream().map(z -> ShippingResponses.Zone.from(z, uri)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.ZONE)
    @Operation(operationId = "wcV3ShippingZonesCreate", summary = "Create a zone: name (required), order; 201")
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        ZoneDraft draft = draft(body);
        if (draft.name() == null) {
            throw new MissingParamException(List.of("name"));
        }
        ShippingZone created = shipping.create(draft);
        return Response.created(Links.url(uri, ShippingResponses.ZONES + "/" + created.id()))
                .entity(ShippingResponses.Zone.from(created, uri)).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3ShippingZonesGet", summary = "One zone; 404 woocommerce_rest_shipping_zone_invalid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public ShippingResponses.Zone zone(@PathParam("id") long id) {
        return ShippingResponses.Zone.from(shipping.get(id), uri);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.ZONE)
    @Operation(operationId = "wcV3ShippingZonesUpdate", summary = "Change name and order; 403 for zone 0; 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public ShippingResponses.Zone update(@PathParam("id") long id, String body) {
        return ShippingResponses.Zone.from(shipping.update(id, draft(body)), uri);
    }

    @PATCH
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.ZONE)
    @Operation(operationId = "wcV3ShippingZonesPatch", summary = "As PUT")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public ShippingResponses.Zone patch(@PathParam("id") long id, String body) {
        return update(id, body);
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3ShippingZonesDelete", summary = "Delete a zone with its locations and methods; "
            + "needs force=true (501 rest_trash_not_supported); 403 for zone 0; 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "501", ref = ErrorDocs.NOT_IMPLEMENTED)
    public Response delete(@PathParam("id") long id, @QueryParam("force") String force) {
        if (!ProductsAdminResource.flag("force", force)) {
            shipping.get(id);
            return CoCartError.response(501, "rest_trash_not_supported", "Shipping zones do not support trashing.");
        }
        return Response.ok(ShippingResponses.Zone.from(shipping.delete(id), uri)).build();
    }

    @GET
    @Path("{id: \\d+}/locations")
    @Operation(operationId = "wcV3ShippingZoneLocationsList", summary = "The zone's locations; 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public List<ShippingResponses.Location> locations(@PathParam("id") long id) {
        return shipping.get(id).locations().stream().map(l -> ShippingResponses.Location.from(l, id, uri)).toList();
    }

    @PUT
    @Path("{id: \\d+}/locations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.ZONE_LOCATIONS)
    @Operation(operationId = "wcV3ShippingZoneLocationsReplace", summary = "Replace the locations with the array "
            + "sent ({code, type}; type country, state, continent or postcode, default country; others skipped); "
            + "403 for zone 0; 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public List<ShippingResponses.Location> replaceLocations(@PathParam("id") long id, String body) {
        return shipping.replaceLocations(id, locationsOf(body)).stream()
                .map(l -> ShippingResponses.Location.from(l, id, uri)).toList();
    }

    @PATCH
    @Path("{id: \\d+}/locations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.ZONE_LOCATIONS)
    @Operation(operationId = "wcV3ShippingZoneLocationsPatch", summary = "As PUT")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public List<ShippingResponses.Location> patchLocations(@PathParam("id") long id, String body) {
        return replaceLocations(id, body);
    }

    private static ZoneDraft draft(String body) {
        JsonBody json = JsonBody.parse(body);
        ZoneDraft draft = new ZoneDraft(json.string("name"), json.int32("order"));
        json.throwIfAny();
        return draft;
    }

    /**
     * The locations of a body as WooCommerce reads them ({@code get_json_params} cast to an array): an array of
     * objects, or an object of them; entries that are not objects with a string code are skipped, as it skips
     * entries without a code.
     */
    static List<ShippingZone.Location> locationsOf(String body) {
        JsonValue json;
        try {
            json = StrictJson.read(body == null || body.isBlank() ? "[]" : body);
        } catch (JsonException e) {
            throw new ProcessingException(e);
        }
        List<JsonValue> entries = json instanceof JsonArray array ? array
                : json instanceof JsonObject object ? new ArrayList<>(object.values()) : List.of();
        List<ShippingZone.Location> locations = new ArrayList<>();
        for (JsonValue entry : entries) {
            if (entry instanceof JsonObject location && location.get("code") instanceof JsonString code) {
                String type = location.get("type") instanceof JsonString text ? text.getString() : null;
                locations.add(new ShippingZone.Location(code.getString(), type));
            }
        }
        return locations;
    }
}
