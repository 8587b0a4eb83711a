package org.headlesscart.api.headlesscart.v1.keys;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.headlesscart.api.cocart.v2.catalog.Pagination;
import org.headlesscart.api.cocart.v2.catalog.ParamCheck;
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.api.headlesscart.v1.HeadlessCartV1;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.ResponseDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.AdministratorOnly;
import org.headlesscart.api.security.Caller;
import org.headlesscart.api.wc.v3.JsonBody;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.customer.boundary.ApiKeyService;
import org.headlesscart.customer.model.ApiKeyDraft;
import org.headlesscart.customer.model.ApiKeyPage;
import org.headlesscart.customer.model.ApiKeyView;
import org.headlesscart.customer.model.NewApiKey;

/**
 * WooCommerce REST API keys for integrations (docs/authentication.md#rest-api-keys), for administrators only: a shop
 * manager does not manage keys, and no key opens these routes. A key is made with its consumer key and secret in the
 * answer, once; reads show the last 7 characters of the consumer key; a delete revokes the key.
 */
@RequestScoped
@Path(HeadlessCartV1.NAMESPACE + "/api-keys")
@Produces(CoCartV2.JSON)
@AdministratorOnly
@Tag(name = "REST API keys")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class ApiKeysResource {

    @EJB
    ApiKeyService keys;

    @EJB
    CatalogService catalog;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "apiKeysList",
            summary = "The keys, newest first, without their secrets; page, per_page (1-100, default 10); "
            + "401/403 cocart_rest_cannot_view unless an administrator")
    public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        check.throwIfAny();
        ApiKeyPage result = keys.list(pageNumber, size);
        ZoneId zone = zone();
        Response.ResponseBuilder response = Response.ok(result.keys().stream().map(k -> response(k, zone)).toList());
        Pagination.ofPageSize(uri, result.total(), pageNumber, size).headers().forEach(response::header);
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "apiKeysCreate",
            summary = "Make a key: description (at most 200 characters), permissions (read, write, read_write), "
            + "user_id (an administrator or shop manager; default the caller); 201 with consumer_key and "
            + "consumer_secret, shown this once; 400 rest_missing_callback_param, 400 rest_invalid_param")
    @RequestBody(ref = RequestDocs.API_KEY)
    @APIResponse(responseCode = "201", ref = ResponseDocs.NEW_API_KEY)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        JsonBody json = JsonBody.parse(body);
        String description = json.string("description");
        String permissions = json.string("permissions");
        Long userId = json.integer("user_id");
        List<String> missing = new ArrayList<>();
        if (!json.has("description") || description != null && description.isBlank()) {
            missing.add("description");
        }
        if (!json.has("permissions")) {
            missing.add("permissions");
        }
        if (!missing.isEmpty()) {
            throw new MissingParamException(missing);
        }
        json.throwIfAny();
        NewApiKey created = keys.create(new ApiKeyDraft(description, permissions, userId),
                caller.account().orElseThrow().id());
        return Response.created(location(created.key().id()))
                .entity(NewApiKeyResponse.from(created, response(created.key(), zone()))).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "apiKeysGet", summary = "One key, without its secret; 404 woocommerce_rest_invalid_id")
    @APIResponse(responseCode = "200", ref = ResponseDocs.API_KEY)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public ApiKeyResponse key(@PathParam("id") long id) {
        return response(keys.get(id), zone());
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(operationId = "apiKeysRevoke",
            summary = "Revoke a key: it is deleted and refused from now on; answers the key as it was; "
            + "404 woocommerce_rest_invalid_id")
    @APIResponse(responseCode = "200", ref = ResponseDocs.API_KEY)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public ApiKeyResponse revoke(@PathParam("id") long id) {
        return response(keys.revoke(id), zone());
    }

    private ApiKeyResponse response(ApiKeyView key, ZoneId zone) {
        String collection = uri.getBaseUriBuilder().path(HeadlessCartV1.NAMESPACE).path("api-keys").build().toString();
        return ApiKeyResponse.from(key, zone, location(key.id()).toString(), collection);
    }

    private URI location(long id) {
        return uri.getBaseUriBuilder().path(HeadlessCartV1.NAMESPACE).path("api-keys").path(String.valueOf(id))
                .build();
    }

    private ZoneId zone() {
        return ZoneId.of(catalog.storeDetails().timezone());
    }
}
