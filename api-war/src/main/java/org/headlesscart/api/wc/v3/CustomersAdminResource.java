package org.headlesscart.api.wc.v3;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import org.headlesscart.api.cocart.v2.AvatarUrls;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.cocart.v2.catalog.Pagination;
import org.headlesscart.api.cocart.v2.catalog.ParamCheck;
import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.ResponseDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.customer.boundary.CustomerAdminService;
import org.headlesscart.customer.model.CustomerPage;
import org.headlesscart.customer.model.CustomerQuery;
import org.headlesscart.customer.model.CustomerView;

/**
 * The admin API's customers ({@code wc/v3/customers}, docs/customers-admin.md), for administrators and shop
 * managers. Creates answer 201 with a {@code Location}; updates change only the fields sent (PUT and PATCH alike);
 * a delete needs {@code force=true}, as customers cannot be trashed. Staff accounts can be read but not changed.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/customers")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Customers admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class CustomersAdminResource {

    private static final List<String> ROLES = List.of("all", "administrator", "shop_manager", "customer");
    private static final List<String> ORDER_BY = List.of("id", "name", "registered_date");

    @EJB
    CustomerAdminService customers;

    @EJB
    CatalogService catalog;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3CustomersList",
            summary = "Accounts, customers by default; page, per_page (1-100), search, email, role "
            + "(all, administrator, shop_manager, customer), orderby (id, name, registered_date), order (asc, desc)")
    public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("search") String search, @QueryParam("email") String email, @QueryParam("role") String role,
            @QueryParam("orderby") String orderBy, @QueryParam("order") String order) {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        String roleFilter = check.oneOf("role", role, ROLES);
        String orderKey = check.oneOf("orderby", orderBy, ORDER_BY);
        String direction = check.oneOf("order", order, List.of("asc", "desc"));
        check.throwIfAny();
        CustomerQuery query = new CustomerQuery(pageNumber, size,
                roleFilter == null ? "customer" : "all".equals(roleFilter) ? null : roleFilter,
                ParamCheck.blankToNull(search), ParamCheck.blankToNull(email),
                orderKey == null ? CustomerQuery.Order.NAME
                        : CustomerQuery.Order.valueOf(orderKey.toUpperCase(Locale.ROOT)),
                "desc".equals(direction));
        CustomerPage result = customers.list(query);
        ProductResponse.Format format = format();
        Response.ResponseBuilder response = Response.ok(result.customers().stream()
                .map(c -> response(c, format)).toList());
        Pagination.ofPageSize(uri, result.total(), pageNumber, size).headers().forEach(response::header);
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CustomersCreate",
            summary = "Create a customer (email and password required): 201; 400 registration-error-*, "
            + "400 rest_invalid_param, 400 woocommerce_rest_customer_exists")
    @RequestBody(ref = RequestDocs.CUSTOMER)
    @APIResponse(responseCode = "201", ref = ResponseDocs.CUSTOMER)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        CustomerRequest.Parsed request = CustomerRequest.parse(body);
        if (request.namesId()) {
            return CoCartError.response(400, "woocommerce_rest_customer_exists", "Cannot create existing resource.");
        }
        CustomerView created = customers.create(request.draft());
        return Response.created(location(created.id())).entity(response(created, format())).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3CustomersGet", summary = "One account; 404 woocommerce_rest_invalid_id")
    @APIResponse(responseCode = "200", ref = ResponseDocs.CUSTOMER)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public CustomerResponse customer(@PathParam("id") long id) {
        return response(customers.get(id), format());
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CustomersUpdate",
            summary = "Change the fields sent; a new password revokes the customer's refresh tokens; 400; "
            + "403 woocommerce_rest_cannot_edit for staff accounts; 404")
    @RequestBody(ref = RequestDocs.CUSTOMER)
    @APIResponse(responseCode = "200", ref = ResponseDocs.CUSTOMER)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public CustomerResponse update(@PathParam("id") long id, String body) {
        return response(customers.update(id, CustomerRequest.parse(body).draft()), format());
    }

    @PATCH
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CustomersPatch", summary = "As PUT")
    @RequestBody(ref = RequestDocs.CUSTOMER)
    @APIResponse(responseCode = "200", ref = ResponseDocs.CUSTOMER)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public CustomerResponse patch(@PathParam("id") long id, String body) {
        return update(id, body);
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3CustomersDelete",
            summary = "Delete a customer with their cart and refresh tokens; needs force=true "
            + "(501 woocommerce_rest_trash_not_supported); 403 for staff accounts; 404")
    @APIResponse(responseCode = "200", ref = ResponseDocs.CUSTOMER)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "501", ref = ErrorDocs.NOT_IMPLEMENTED)
    public Response delete(@PathParam("id") long id, @QueryParam("force") String force) {
        if (!ProductsAdminResource.flag("force", force)) {
            return CoCartError.response(501, "woocommerce_rest_trash_not_supported",
                    "Customers do not support trashing.");
        }
        return Response.ok(response(customers.delete(id), format())).build();
    }

    private CustomerResponse response(CustomerView customer, ProductResponse.Format format) {
        String self = location(customer.id()).toString();
        String collection = uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("customers").build().toString();
        boolean secure = "https".equals(uri.getBaseUri().getScheme());
        return CustomerResponse.from(customer, format, self, collection, AvatarUrls.of(customer.email(), secure).size96());
    }

    private URI location(long id) {
        return uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("customers").path(String.valueOf(id))
                .build();
    }

    private ProductResponse.Format format() {
        return ProductResponse.Format.of(catalog.storeDetails());
    }
}
