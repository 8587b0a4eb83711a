/**
 * CoCart's cart routes 1-13 under {@code /wp-json/cocart/v2/cart} (contract §2). Each resource takes its request as
 * a {@code CartCall} from the request-scoped {@code CartCalls}: WordPress-typed arguments ({@code CartParams}), the
 * cart key from headers, form or query with who names it ({@code RequestedCart}), and how answers are written
 * ({@code CartResponses}). It makes one call to {@code CartService} (writes through {@code ConditionalCartWrites} and
 * {@code CartWriteRetry}) and streams the answer with JSON-P ({@code CartJson}, {@code TotalsJson}) in CoCart's key
 * order and types. Failures map in {@code api.error.CartExceptionMapper}; the
 * cart headers come from {@code api.http.CartHeadersFilter}, errors included. The write routes read their arguments
 * into a {@code CartWrite}, and so do the two batch routes, which live here for that reason:
 * {@code POST /wp-json/batch/v1} ({@code WordPressBatchResource}, a transaction per sub-request) and
 * {@code POST /wp-json/cocart/batch} ({@code CoCartBatchResource}, one transaction for all; docs/batch.md).
 *
 * <p>Not here: {@code default=true} (the raw WooCommerce cart; 400 {@code rest_invalid_param}), multipart bodies,
 * ETags on {@code GET /cart} (decision 9), coupons, shipping packages, fees and tax lines (shown as {@code []}
 * until the cart view carries them).
 */
package org.headlesscart.api.cocart.v2.cart;
