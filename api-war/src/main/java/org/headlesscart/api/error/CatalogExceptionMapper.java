package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.catalog.boundary.CatalogException;

/** The catalog's failure reasons on the wire; exhaustive, so a new reason does not compile until mapped. */
@Provider
public class CatalogExceptionMapper implements ExceptionMapper<CatalogException> {

    @Override
    public Response toResponse(CatalogException e) {
        return switch (e.failure()) {
            case PRODUCT_NOT_FOUND -> CoCartError.response(404, "cocart_product_invalid_id", e.getMessage());
            case UNKNOWN_SKU -> CoCartError.response(404, "cocart_unknown_product_id", e.getMessage());
            case VARIATION_NOT_FOUND -> CoCartError.response(404, "cocart_product_variation_invalid_id", e.getMessage());
            case PAGE_OUT_OF_RANGE -> CoCartError.response(400, "cocart_products_invalid_page_number", e.getMessage());
            case TERM_NOT_FOUND -> CoCartError.response(404, "cocart_term_invalid", e.getMessage());
            case TAXONOMY_NOT_FOUND -> CoCartError.response(404, "cocart_taxonomy_invalid", e.getMessage());
            case ATTRIBUTE_NOT_FOUND -> CoCartError.response(404, "cocart_attribute_invalid", e.getMessage());
            case REVIEW_NOT_FOUND -> CoCartError.response(404, "cocart_cannot_view_review", e.getMessage());
            case REVIEW_NOT_ALLOWED -> CoCartError.response(403, "cocart_cannot_create", e.getMessage());
            case REVIEWED_PRODUCT_NOT_FOUND -> CoCartError.response(404, "cocart_product_invalid_id", e.getMessage());
            case ADMIN_PRODUCT_NOT_FOUND -> CoCartError.response(404, "woocommerce_rest_product_invalid_id", e.getMessage());
            case ADMIN_TERM_NOT_FOUND -> CoCartError.response(404, "woocommerce_rest_term_invalid", e.getMessage());
            case ADMIN_ATTRIBUTE_NOT_FOUND -> CoCartError.response(404, "woocommerce_rest_attribute_invalid", e.getMessage());
            case INVALID_FIELDS -> CoCartError.response(400, "rest_invalid_param", e.getMessage(),
                    InvalidParamMapper.data(e.fields(), InvalidParamException.GENERIC_CODE));
            case DUPLICATE_SKU -> CoCartError.response(400, "product_invalid_sku", e.getMessage());
            case TERM_EXISTS -> CoCartError.response(400, "term_exists", e.getMessage());
            case SLUG_TAKEN -> CoCartError.response(400, "duplicate_term_slug", e.getMessage());
            case TRASH_NOT_SUPPORTED -> CoCartError.response(501, "woocommerce_rest_trash_not_supported", e.getMessage());
            case EMPTY_VARIATION, ATTRIBUTE_NOT_CREATED ->
                    CoCartError.response(400, "woocommerce_rest_cannot_create", e.getMessage());
            case ATTRIBUTE_NOT_EDITED -> CoCartError.response(400, "woocommerce_rest_cannot_edit", e.getMessage());
            case EMPTY_TERM_NAME -> CoCartError.response(400, "empty_term_name", e.getMessage());
            case TAXONOMY_NOT_HIERARCHICAL ->
                    CoCartError.response(400, "woocommerce_rest_taxonomy_not_hierarchical", e.getMessage());
        };
    }
}
