package org.headlesscart.api.wc.v3;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.pricing.model.ShippingMethodTypes;

/** The shipping methods a zone can offer ({@code wc/v3/shipping_methods}): flat rate, free shipping, local pickup. */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/shipping_methods")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Tax and shipping admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class ShippingMethodsResource {

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3ShippingMethodsList", summary = "flat_rate, free_shipping, local_pickup")
    public List<ShippingResponses.MethodType> list() {
        return ShippingMethodTypes.ALL.stream().map(t -> ShippingResponses.MethodType.from(t, uri)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "wcV3ShippingMethodsGet", summary = "One method; 404 woocommerce_rest_shipping_method_invalid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response method(@PathParam("id") String id) {
        return ShippingMethodTypes.byId(id)
                .map(t -> Response.ok(ShippingResponses.MethodType.from(t, uri)).build())
                .orElseGet(() -> CoCartError.response(404, "woocommerce_rest_shipping_method_invalid",
                        "Resource does not exist."));
    }
}
