package org.headlesscart.api.cocart.v2.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.http.CatalogResponseCache;
import org.headlesscart.api.http.Conditional;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.catalog.boundary.CatalogRevisionService;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.ProductPage;
import org.headlesscart.pricing.boundary.PricingService;

/**
 * Routes 21-24: the product list, one product by id or SKU, a product's variations, one variation. One instance
 * for the application, with the request's URI and headers as parameters: most answers are kept ones, and creating
 * a request-scoped resource (its EJB references looked up in JNDI) was a tenth of such an answer's CPU.
 */
@ApplicationScoped
@Path(CoCartV2.NAMESPACE + "/products")
@Produces(CoCartV2.JSON)
@Tag(name = "Products")
public class ProductsResource {

    @EJB
    CatalogService catalog;

    @EJB
    PricingService pricing;

    @EJB
    CatalogRevisionService revisions;

    @Inject
    CatalogResponseCache cache;

    @GET
    @Operation(operationId = "productsList",
            summary = "Published products, filtered and paged; 400 rest_invalid_param, "
            + "400 cocart_products_invalid_page_number")
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return kept(uri, headers, true, revision -> {
            ProductPage page = catalog.listProducts(ProductListParams.from(uri.getQueryParameters()).toQuery());
            ProductResponses responses = responses(uri, revision);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("products", page.products().stream().map(responses::product).toList());
            body.put("page", page.page());
            body.put("total_pages", page.totalPages());
            body.put("total_products", page.total());
            return ProductAnswer.linksLast(body, pages(page));    // _links last, per request: ProductAnswer
        });
    }

    @GET
    @Path("{id: [\\w-]+}")
    @Operation(operationId = "productsGet",
            summary = "One product by id, or by SKU; 404 cocart_product_invalid_id, 404 cocart_unknown_product_id")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response product(@PathParam("id") String idOrSku, @Context UriInfo uri, @Context HttpHeaders headers) {
        return kept(uri, headers, false, revision -> {
            var product = catalog.getProduct(idOrSku);
            ProductResponses responses = responses(uri, revision);
            return ProductAnswer.single(product.isVariation() ? responses.variation(product)
                    : responses.product(product));
        });
    }

    @GET
    @Path("{productId: \\d+}/variations")
    @Operation(operationId = "productVariationsList",
            summary = "A variable product's variations; 404 cocart_product_invalid_id")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response variations(@PathParam("productId") long productId, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return kept(uri, headers, true, revision -> {
            ProductPage page = catalog.listVariations(productId,
                    ProductListParams.from(uri.getQueryParameters()).toQuery());
            List<VariationResponse> body = page.products().stream().map(responses(uri, revision)::variation)
                    .toList();
            return ProductAnswer.headersOnly(body, pages(page));
        });
    }

    @GET
    @Path("{productId: \\d+}/variations/{id: \\d+}")
    @Operation(operationId = "productVariationsGet",
            summary = "One variation of a product; 404 cocart_product_variation_invalid_id")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response variation(@PathParam("productId") long productId, @PathParam("id") long id,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return kept(uri, headers, false, revision -> ProductAnswer.single(responses(uri, revision)
                .variation(catalog.getVariation(productId, id))));
    }

    /**
     * The answer to this request: kept for its key (ProductAnswerKey) at the catalog revision this node trusts
     * (CatalogResponseCache), else rendered now. The renderer gets that revision for the pricing rules, so that an
     * answer is never kept under a newer revision than the price display it was rendered with. The lists check
     * their parameters while rendering: whether a query is valid depends only on what its key holds, and an
     * invalid one (400) is never kept, so a kept answer's query was checked already.
     */
    private Response kept(UriInfo uri, HttpHeaders headers, boolean readsQuery, LongFunction<ProductAnswer> render) {
        long revision = revisions.current();
        String key = ProductAnswerKey.of(uri.getBaseUri().toString(), uri.getRequestUri().getRawPath(),
                readsQuery ? uri.getQueryParameters() : Map.of(), readsQuery);
        ProductAnswer answer = cache.get(key, revision, () -> render.apply(revision));
        return Conditional.respond(headers, answer.rendered(uri)).build();
    }

    private static ProductAnswer.Pages pages(ProductPage page) {
        return new ProductAnswer.Pages(page.total(), page.page(), page.totalPages());
    }

    private ProductResponses responses(UriInfo uri, long revision) {
        var store = catalog.storeDetails();
        return new ProductResponses(store, new CatalogLinks(store, uri.getBaseUri()), pricing.shopDisplay(revision));
    }
}
