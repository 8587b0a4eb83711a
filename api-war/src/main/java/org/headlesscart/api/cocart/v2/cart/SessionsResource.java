package org.headlesscart.api.cocart.v2.cart;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.cocart.v2.catalog.Pagination;
import org.headlesscart.api.error.ApiRefusal;
import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.cart.boundary.CartAdminService;
import org.headlesscart.cart.boundary.CartAdminService.SessionPage;
import org.headlesscart.cart.boundary.CartAdminService.SessionQuery;
import org.headlesscart.cart.boundary.CartAdminService.SessionSummary;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.catalog.boundary.CatalogService;

/**
 * Routes 17–20 (contract §11.3): carts in session, for shop managers and administrators. Beyond upstream, the
 * list is paginated ({@code page}, {@code per_page} up to 100, WordPress's {@code X-WP-Total},
 * {@code X-WP-TotalPages} and {@code Link}), filtered by {@code status} (active, expiring, expired) and searched by
 * billing e-mail ({@code search}). No carts matching answers 404 {@code cocart_no_carts_in_session}, as upstream for
 * an empty table. Reading a cart here writes nothing.
 */
@RequestScoped
@StaffOnly
@Path(CoCartV2.NAMESPACE)
@Produces(CoCartV2.JSON)
@Tag(name = "Carts admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class SessionsResource {

    /** WordPress's {@code m/d/Y H:i:s}, in UTC (contract §4.3). */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @EJB
    CartAdminService carts;

    @EJB
    CatalogService catalog;

    @Context
    UriInfo uri;

    @GET
    @Path("sessions")
    @Operation(operationId = "sessionsList",
            summary = "Carts in session, paginated, by status and e-mail; 401/403 cocart_rest_cannot_view")
    public Response sessions(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("status") String status, @QueryParam("search") String search) {
        SessionQuery query = new SessionQuery(number("page", page, 1, Integer.MAX_VALUE, 1),
                number("per_page", perPage, 1, 100, 20), status(status), search);
        SessionPage found = carts.sessions(query);
        if (found.total() == 0) {
            throw new ApiRefusal(404, "cocart_no_carts_in_session", "No carts in session!");
        }
        Response.ResponseBuilder answer = Response.ok(CartJson.stream(json -> {
            json.writeStartArray();
            for (SessionSummary s : found.sessions()) {
                json.writeStartObject()
                        .write("cart_id", Long.toString(s.cartId()))
                        .write("cart_key", s.cartKey())
                        .write("customers_name", s.customerName())
                        .write("customers_email", s.customerEmail())
                        .write("cart_created", WHEN.format(s.created()))
                        .write("cart_expiry", WHEN.format(s.expiry()))
                        .write("cart_source", s.source())
                        .write("link", uri.getBaseUriBuilder().path(CoCartV2.NAMESPACE).path("session")
                                .path(s.cartKey()).build().toString())
                        .writeEnd();
            }
            json.writeEnd();
        }), CoCartV2.JSON);
        Pagination.ofPageSize(uri, found.total(), query.page(), query.perPage()).headers().forEach(answer::header);
        return answer.build();
    }

    @GET
    @Path("session/{session_key: \\w+}")
    @Operation(operationId = "sessionGet", summary = "One cart in session; 404 cocart_cart_in_session_not_valid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response session(@PathParam("session_key") String key, @QueryParam("thumb") String thumb) {
        CartView cart = cart(key);
        CartJson json = new CartJson(format(thumb));
        return Response.ok(CartJson.stream(out -> json.session(out, cart)), CoCartV2.JSON).build();
    }

    @GET
    @Path("session/{session_key: \\w+}/items")
    @Operation(operationId = "sessionItems",
            summary = "The lines of one cart in session, by item key, totals in minor units as in the session")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response items(@PathParam("session_key") String key, @QueryParam("thumb") String thumb) {
        CartView cart = cart(key);
        CartJson json = new CartJson(format(thumb));
        return Response.ok(CartJson.stream(out -> json.itemMap(out, null, cart.items(), false)), CoCartV2.JSON)
                .build();
    }

    @DELETE
    @Path("session/{session_key: \\w+}")
    @Operation(operationId = "sessionDelete", summary = "Delete one cart in session; 404 cocart_session_not_valid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response delete(@PathParam("session_key") String key) {
        if (!carts.delete(key)) {
            throw new ApiRefusal(404, "cocart_session_not_valid", "Session is not valid!");
        }
        return Response.ok("\"Session successfully deleted!\"", CoCartV2.JSON).build();
    }

    private CartView cart(String key) {
        return carts.session(key).orElseThrow(() -> new ApiRefusal(404, "cocart_cart_in_session_not_valid",
                "Cart in session is not valid!"));
    }

    private CartFormat format(String thumb) {
        boolean showThumb = thumb == null || !(thumb.equals("false") || thumb.equals("0"));
        return CartFormat.of(catalog.storeDetails(), uri.getBaseUri(), showThumb);
    }

    private static int number(String name, String value, int min, int max, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParamException(Map.of(name, name + " must be between " + min + " (inclusive) and "
                + max + " (inclusive)"));
    }

    private static CartAdminService.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CartAdminService.Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParamException(Map.of("status", "status is not one of active, expiring, expired."));
        }
    }
}
