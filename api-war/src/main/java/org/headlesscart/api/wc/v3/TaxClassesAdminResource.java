package org.headlesscart.api.wc.v3;

import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.pricing.boundary.TaxAdminService;
import org.headlesscart.pricing.model.TaxClass;

/**
 * The admin API's tax classes ({@code wc/v3/taxes/classes}): Standard ({@code standard}, "Standard rate") first and
 * never deletable, then the stored classes. As WooCommerce, a single class is read as a list of one, and of none
 * for an unknown slug.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/taxes/classes")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Tax and shipping admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class TaxClassesAdminResource {

    @EJB
    TaxAdminService taxes;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3TaxClassesList", summary = "Standard, then the stored classes in settings order")
    public List<TaxResponses.Class> list() {
        return taxes.classes().stream().map(c -> TaxResponses.Class.from(c, uri)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.TAX_CLASS)
    @Operation(operationId = "wcV3TaxClassesCreate", summary = "Create a class from its name (required): 201; 400 "
            + "rest_missing_callback_param, woocommerce_rest_tax_class_exists, _slug_exists, _invalid_name")
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        JsonBody json = JsonBody.parse(body);
        String name = json.string("name");
        json.throwIfAny();
        if (name == null) {
            throw new MissingParamException(List.of("name"));
        }
        TaxClass created = taxes.createClass(name);
        return Response.created(Links.url(uri, TaxResponses.CLASSES + "/" + created.slug()))
                .entity(TaxResponses.Class.from(created, uri)).build();
    }

    @GET
    @Path("{slug: \\w[\\w\\s\\-]*}")
    @Operation(operationId = "wcV3TaxClassesGet", summary = "The class of this slug as a list of one; [] if none")
    public List<TaxResponses.Class> get(@PathParam("slug") String slug) {
        String wanted = slug.trim().toLowerCase(Locale.ROOT);
        return taxes.classes().stream()
                .filter(c -> (c.slug().isEmpty() ? "standard" : c.slug()).equals(wanted))
                .map(c -> TaxResponses.Class.from(c, uri)).toList();
    }

    @DELETE
    @Path("{slug: \\w[\\w\\s\\-]*}")
    @Operation(operationId = "wcV3TaxClassesDelete", summary = "Delete a class and its rates; needs force=true "
            + "(501 woocommerce_rest_trash_not_supported); 400 woocommerce_rest_invalid_id, also for standard")
    @APIResponse(responseCode = "501", ref = ErrorDocs.NOT_IMPLEMENTED)
    public Response delete(@PathParam("slug") String slug, @QueryParam("force") String force) {
        if (!ProductsAdminResource.flag("force", force)) {
            return CoCartError.response(501, "woocommerce_rest_trash_not_supported", "Taxes do not support trashing.");
        }
        return Response.ok(TaxResponses.Class.from(taxes.deleteClass(slug.trim().toLowerCase(Locale.ROOT)), uri))
                .build();
    }
}
