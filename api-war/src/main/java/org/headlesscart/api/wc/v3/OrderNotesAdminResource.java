package org.headlesscart.api.wc.v3;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbProperty;
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
import org.headlesscart.api.cocart.v2.catalog.ParamCheck;
import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.Caller;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.order.boundary.OrderAdminService;
import org.headlesscart.order.model.OrderNoteAdminView;

/**
 * An order's notes ({@code wc/v3/orders/{order_id}/notes}), WooCommerce's note schema: staff notes are private
 * unless {@code customer_note}; notes cannot be trashed, so a delete needs {@code force=true}.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/orders/{order_id: \\d+}/notes")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Orders admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class OrderNotesAdminResource {

    private static final int NOTE_LENGTH = 10_000;

    @EJB
    OrderAdminService orders;

    @EJB
    CatalogService catalog;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    /** WooCommerce's order note. */
    @JsonbPropertyOrder({"id", "author", "dateCreated", "dateCreatedGmt", "note", "customerNote", "addedByUser",
            "links"})
    public record NoteResponse(long id, String author, String dateCreated, String dateCreatedGmt, String note,
            boolean customerNote, boolean addedByUser,
            @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {
    }

    @GET
    @Operation(operationId = "wcV3OrderNotesList", summary = "The order's notes, newest first; type (any, customer, "
            + "internal); 404 woocommerce_rest_order_invalid_id")
    public List<NoteResponse> list(@PathParam("order_id") long orderId, @QueryParam("type") String type) {
        ParamCheck check = new ParamCheck();
        String kind = check.oneOf("type", type, List.of("any", "customer", "internal"));
        check.throwIfAny();
        ProductResponse.Format format = ProductResponse.Format.of(catalog.storeDetails());
        return orders.notes(orderId, kind == null ? "any" : kind).stream().map(n -> response(n, format)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3OrderNotesCreate", summary = "Add a note (note required; customer_note shows it "
            + "to the customer): 201; 400 rest_missing_callback_param, rest_invalid_param; 404")
    @RequestBody(ref = RequestDocs.ORDER_NOTE)
    @APIResponse(responseCode = "201", description = "The note.")
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@PathParam("order_id") long orderId, String body) {
        JsonBody json = JsonBody.parse(body);
        String note = json.string("note");
        Boolean customerNote = json.bool("customer_note");
        json.throwIfAny();
        if (note == null || note.isBlank()) {
            throw new MissingParamException(List.of("note"));
        }
        if (note.length() > NOTE_LENGTH) {
            throw new InvalidParamException(Map.of("note", "note must be at most " + NOTE_LENGTH
                    + " characters long."));
        }
        String author = caller.account().map(a -> a.displayName() == null || a.displayName().isBlank()
                ? a.username() : a.displayName()).orElse("system");
        OrderNoteAdminView created = orders.addNote(orderId, note, Boolean.TRUE.equals(customerNote), author);
        return Response.created(uri.getBaseUriBuilder().path(self(orderId, created.id())).build())
                .entity(response(created, ProductResponse.Format.of(catalog.storeDetails()))).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3OrderNotesGet", summary = "One note; 404 woocommerce_rest_invalid_id")
    public NoteResponse note(@PathParam("order_id") long orderId, @PathParam("id") long id) {
        return response(orders.note(orderId, id), ProductResponse.Format.of(catalog.storeDetails()));
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3OrderNotesDelete", summary = "Delete a note with force=true (501 "
            + "woocommerce_rest_trash_not_supported without); 404")
    public Response delete(@PathParam("order_id") long orderId, @PathParam("id") long id,
            @QueryParam("force") String force) {
        if (!ProductsAdminResource.flag("force", force)) {
            orders.note(orderId, id);
            return CoCartError.response(501, "woocommerce_rest_trash_not_supported",
                    "The order note does not support trashing.");
        }
        return Response.ok(response(orders.deleteNote(orderId, id), ProductResponse.Format.of(catalog.storeDetails())))
                .build();
    }

    private NoteResponse response(OrderNoteAdminView n, ProductResponse.Format f) {
        Map<String, List<Map<String, String>>> links = new java.util.LinkedHashMap<>();
        links.put("self", Links.href(uri, "orders/" + n.orderId() + "/notes/" + n.id()));
        links.put("collection", Links.href(uri, "orders/" + n.orderId() + "/notes"));
        links.put("up", Links.href(uri, "orders/" + n.orderId()));
        return new NoteResponse(n.id(), "system".equals(n.author()) ? "WooCommerce" : n.author(), f.local(n.createdAt()),
                f.gmt(n.createdAt()), n.note(), n.customerNote(), n.addedByUser(), links);
    }

    private static String self(long orderId, long id) {
        return WooCommerceV3.NAMESPACE + "/orders/" + orderId + "/notes/" + id;
    }
}
