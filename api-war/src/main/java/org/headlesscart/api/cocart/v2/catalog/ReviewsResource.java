package org.headlesscart.api.cocart.v2.catalog;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.http.Conditional;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.security.Caller;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.NewReview;
import org.headlesscart.catalog.model.ReviewPage;
import org.headlesscart.catalog.boundary.ReviewService;
import org.headlesscart.catalog.model.ReviewView;
import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.order.boundary.CustomerOrderService;

/**
 * Routes 29-30: public product reviews (a plain array with WordPress's pagination headers), one review, and adding
 * one, which answers 201 with the review and its {@code Location} (the one CoCart route that is not a 200).
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/products/reviews")
@Produces(CoCartV2.JSON)
@Tag(name = "Products")
public class ReviewsResource {

    @EJB
    ReviewService reviews;

    @EJB
    CatalogService catalog;

    @EJB
    CustomerOrderService orders;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "reviewsList",
            summary = "Approved reviews of published products, filtered and paged; 400 rest_invalid_param")
    public Response list(@BeanParam ReviewListParams params) {
        ReviewPage page = reviews.listReviews(params.toQuery());
        List<ReviewResponse> body = page.reviews().stream().map(responses()).toList();
        var pagination = new Pagination(uri, page.total(), page.page(), page.totalPages());
        return Conditional.respond(headers, Conditional.render(body, pagination.headers())).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "reviewsGet", summary = "One approved review; 404 cocart_cannot_view_review")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response review(@PathParam("id") long id) {
        return Conditional.ok(headers, responses().apply(reviews.getReview(id))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewsCreate",
            summary = "Add a review: 201 + Location; 400 rest_missing_callback_param, 400 rest_invalid_param, "
            + "403 cocart_cannot_create, 404 cocart_product_invalid_id")
    @RequestBody(ref = RequestDocs.REVIEW)
    @APIResponse(responseCode = "201", description = "The review, with its Location")
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        return created(add(ReviewRequest.fromJson(body).toCommand()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "reviewsCreate", summary = "Add a review from a form; as the JSON variant")
    @RequestBody(ref = RequestDocs.REVIEW)
    @APIResponse(responseCode = "201", description = "The review, with its Location")
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response createFromForm(MultivaluedMap<String, String> form) {
        return created(add(ReviewRequest.fromForm(form).toCommand()));
    }

    /**
     * Adds the review, verified when the reviewer bought the product: a paid order of it by the logged-in caller or
     * with the reviewer's e-mail (WooCommerce's {@code wc_customer_bought_product}). The catalog may not ask the
     * order component (it sits below checkout), so the answer is asked here and handed to it.
     */
    private ReviewView add(NewReview review) {
        long customerId = caller.account().map(AccountView::id).orElse(0L);
        return reviews.createReview(review, orders.hasBought(customerId, review.reviewerEmail(), review.productId()));
    }

    private Response created(ReviewView review) {
        ReviewResponse body = responses().apply(review);
        URI location = URI.create(body.links().get("self").get(0).get("href"));
        return Response.created(location).type(CoCartV2.JSON).entity(body).build();
    }

    /** Review views to responses for this request: its URLs and scheme, the store's zone and home URL. */
    private Function<ReviewView, ReviewResponse> responses() {
        StoreView store = catalog.storeDetails();
        CatalogLinks links = new CatalogLinks(store, uri.getBaseUri());
        boolean secure = "https".equalsIgnoreCase(uri.getBaseUri().getScheme());
        return review -> ReviewResponse.from(review, links, ZoneId.of(store.timezone()), secure);
    }
}
