package org.headlesscart.api.wc.v3;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.headlesscart.api.cocart.v2.catalog.Pagination;
import org.headlesscart.api.cocart.v2.catalog.ParamCheck;
import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.Caller;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.webhook.boundary.WebhookService;
import org.headlesscart.webhook.model.DeliveryPage;
import org.headlesscart.webhook.model.WebhookView;

/**
 * WooCommerce's webhooks ({@code wc/v3/webhooks}, docs/webhooks.md) for administrators and shop managers: CRUD, the
 * batch, and each webhook's delivery log. Webhooks have no trash: a delete needs {@code force=true}, as in
 * WooCommerce.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/webhooks")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Webhooks admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class WebhooksAdminResource {

    private static final List<String> STATUSES = List.of("all", "active", "paused", "disabled");

    @EJB
    WebhookService webhooks;

    @EJB
    CatalogService catalog;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3WebhooksList", summary = "Webhooks, newest first; page, per_page (1-100), status "
            + "(all, active, paused, disabled)")
    public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("status") String status) {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        String only = check.oneOf("status", status, STATUSES);
        check.throwIfAny();
        String filter = only == null || "all".equals(only) ? null : only;
        ProductResponse.Format format = format();
        List<WebhookResponse> answer = webhooks.list(filter, pageNumber, size).stream()
                .map(w -> response(w, format)).toList();
        Response.ResponseBuilder response = Response.ok(answer);
        Pagination.ofPageSize(uri, webhooks.count(filter), pageNumber, size).headers().forEach(response::header);
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3WebhooksCreate", summary = "Create a webhook (topic and delivery_url required); 201;"
            + " an active one is pinged; 400 woocommerce_rest_shop_webhook_invalid_topic, "
            + "woocommerce_rest_shop_webhook_invalid_delivery_url, rest_invalid_param")
    @APIResponse(responseCode = "201", description = "The webhook")
    @RequestBody(ref = RequestDocs.WEBHOOK)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        WebhookRequest.Parsed request = WebhookRequest.parse(body);
        if (request.id() != null) {
            return exists();
        }
        WebhookView created = webhooks.create(request.draft(), userId());
        return Response.created(location(created.id())).entity(response(created, format())).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3WebhooksGet", summary = "One webhook; 404 woocommerce_rest_shop_webhook_invalid_id")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public WebhookResponse webhook(@PathParam("id") long id) {
        return response(webhooks.get(id), format());
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3WebhooksUpdate", summary = "Change the fields sent; status active again clears "
            + "the failure count; 400 as create; 404")
    @RequestBody(ref = RequestDocs.WEBHOOK)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public WebhookResponse update(@PathParam("id") long id, String body) {
        return response(webhooks.update(id, WebhookRequest.parse(body).draft()), format());
    }

    @PATCH
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3WebhooksPatch", summary = "As PUT")
    @RequestBody(ref = RequestDocs.WEBHOOK)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public WebhookResponse patch(@PathParam("id") long id, String body) {
        return update(id, body);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3WebhooksPost", summary = "As PUT (WordPress's editable methods)")
    @RequestBody(ref = RequestDocs.WEBHOOK)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public WebhookResponse post(@PathParam("id") long id, String body) {
        return update(id, body);
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3WebhooksDelete", summary = "Delete a webhook and its delivery log (force=true "
            + "required: 501 woocommerce_rest_trash_not_supported without); 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response delete(@PathParam("id") long id, @QueryParam("force") String force) {
        if (!ProductsAdminResource.flag("force", force)) {
            return CoCartError.response(501, "woocommerce_rest_trash_not_supported",
                    "Webhooks do not support trashing.");
        }
        return Response.ok(response(webhooks.delete(id), format())).build();
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3WebhooksBatch", summary = "create, update (with id) and delete (ids) lists, at "
            + "most 100 items; each item answered in place, a refused one as {id, error}; 413")
    @RequestBody(ref = RequestDocs.WEBHOOKS_BATCH)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batch(String body) {
        CouponBatch batch = CouponBatch.read(body);
        Response tooLarge = batch.tooLarge();
        if (tooLarge != null) {
            return tooLarge;
        }
        ProductResponse.Format format = format();
        Map<String, List<Object>> answer = CouponBatch.answers();
        batch.answer(answer, "create", item -> createItem(CouponBatch.object(item), format));
        batch.answer(answer, "update", item -> {
            WebhookRequest.Parsed request = WebhookRequest.parse(CouponBatch.object(item));
            return response(webhooks.update(request.id() == null ? 0 : request.id(), request.draft()), format);
        });
        batch.answer(answer, "delete", item -> response(webhooks.delete(CouponBatch.idOf(item)), format));
        return Response.ok(answer).build();
    }

    @PUT
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3WebhooksBatchPut", summary = "As POST")
    @RequestBody(ref = RequestDocs.WEBHOOKS_BATCH)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batchPut(String body) {
        return batch(body);
    }

    @PATCH
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3WebhooksBatchPatch", summary = "As POST")
    @RequestBody(ref = RequestDocs.WEBHOOKS_BATCH)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batchPatch(String body) {
        return batch(body);
    }

    @GET
    @Path("{id: \\d+}/deliveries")
    @Operation(operationId = "wcV3WebhookDeliveries", summary = "The webhook's deliveries, newest first: status, "
            + "attempts, response code, duration, headers (truncated); page, per_page (1-100); 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response deliveries(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage) {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        check.throwIfAny();
        DeliveryPage found = webhooks.deliveries(id, pageNumber, size);
        Response.ResponseBuilder response = Response.ok(WebhookDeliveryResponse.all(found.deliveries(), format()));
        Pagination.ofPageSize(uri, found.total(), pageNumber, size).headers().forEach(response::header);
        return response.build();
    }

    @GET
    @Path("{id: \\d+}/deliveries/{delivery_id: \\d+}")
    @Operation(operationId = "wcV3WebhookDelivery", summary = "One delivery; 404 "
            + "woocommerce_rest_webhook_delivery_invalid_id")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public WebhookDeliveryResponse delivery(@PathParam("id") long id, @PathParam("delivery_id") long deliveryId) {
        return WebhookDeliveryResponse.from(webhooks.delivery(id, deliveryId), format());
    }

    private Object createItem(JsonObject item, ProductResponse.Format format) {
        WebhookRequest.Parsed request = WebhookRequest.parse(item);
        if (request.id() != null) {
            return new BatchItemError(0L, CoCartError.body(400, "woocommerce_rest_shop_webhook_exists",
                    "Cannot create existing shop_webhook.", Map.of()));
        }
        return response(webhooks.create(request.draft(), userId()), format);
    }

    private static Response exists() {
        return CoCartError.response(400, "woocommerce_rest_shop_webhook_exists", "Cannot create existing shop_webhook.");
    }

    private long userId() {
        return caller.account().map(a -> a.id()).orElse(0L);
    }

    private WebhookResponse response(WebhookView webhook, ProductResponse.Format format) {
        String collection = uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("webhooks").build().toString();
        return WebhookResponse.from(webhook, format, location(webhook.id()).toString(), collection);
    }

    private URI location(long id) {
        return uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("webhooks").path(String.valueOf(id)).build();
    }

    private ProductResponse.Format format() {
        return ProductResponse.Format.of(catalog.storeDetails());
    }
}
