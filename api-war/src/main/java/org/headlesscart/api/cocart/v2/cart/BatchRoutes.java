package org.headlesscart.api.cocart.v2.cart;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.headlesscart.api.error.ApiRefusal;

/**
 * Which cart route a batch's sub-request names (contract §12): the routes CoCart lets WordPress batch, add-item,
 * add-items, the item's update, remove and restore, calculate, clear and update, with their methods. A trailing
 * slash is allowed and case is ignored, as WordPress matches routes. Any other path, and a batchable path with a
 * method it does not take, answer 404 {@code rest_no_route}; a route of ours that exists but may not be batched
 * (login, logout, reviews, sessions, JWT, the admin routes, the batch routes themselves) 400
 * {@code rest_batch_not_allowed}, WordPress's answers.
 */
final class BatchRoutes {

    static final String NO_ROUTE = "No route was found matching the URL and request method.";
    static final String NOT_BATCHABLE = "The requested route does not support batch requests.";

    private static final Pattern CART = Pattern.compile("/cocart/v2/cart/(add-item|add-items|calculate|clear|update"
            + "|apply-coupon|add-fee|remove-fees|set-shipping-method)/?", Pattern.CASE_INSENSITIVE);
    /** CoCart Plus's coupon writes: DELETE of all or of one (any URL-encoded code). */
    private static final Pattern COUPONS = Pattern.compile("/cocart/v2/cart/coupons(?:/(.+?))?/?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile("/cocart/v2/cart/item/(\\w+)/?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_ALLOWED = Pattern.compile("/(cocart/v2/(login|logout|products/reviews|session/\\w+)"
            + "|cocart/jwt/[\\w-]+|cocart/batch|batch/v1|wc/v3/.+|headlesscart/v1/.+)/?", Pattern.CASE_INSENSITIVE);

    private BatchRoutes() {
    }

    /** A path segment percent-decoded as the single route's path parameter is; as written when malformed. */
    private static String decoded(String segment) {
        try {
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    /**
     * The reading of the named route's arguments.
     *
     * @throws ApiRefusal 404 {@code rest_no_route} or 400 {@code rest_batch_not_allowed}
     */
    static Function<CartParams, CartWrite> match(String method, String route) {
        Matcher cart = CART.matcher(route);
        if (cart.matches() && "POST".equals(method)) {
            return switch (cart.group(1).toLowerCase(Locale.ROOT)) {
                case "add-item" -> CartWrite::addItem;
                case "add-items" -> CartWrite::addItems;
                case "calculate" -> CartWrite::calculate;
                case "clear" -> CartWrite::clear;
                case "apply-coupon" -> CartWrite::applyCoupon;
                case "add-fee" -> CartWrite::addFee;
                case "remove-fees" -> CartWrite::removeFees;
                case "set-shipping-method" -> CartWrite::setShippingMethod;
                default -> CartWrite::update;
            };
        }
        Matcher coupons = COUPONS.matcher(route);
        if (coupons.matches() && "DELETE".equals(method)) {
            String code = coupons.group(1);
            return code == null ? CartWrite::removeCoupons
                    : params -> CartWrite.removeCoupon(params, decoded(code));
        }
        Matcher item = ITEM.matcher(route);
        if (item.matches()) {
            String key = item.group(1);
            switch (method) {
                case "POST": return params -> CartWrite.updateItem(params, key);
                case "DELETE": return params -> CartWrite.removeItem(params, key);
                default: return params -> CartWrite.restoreItem(params, key);    // PUT, PATCH
            }
        }
        if (NOT_ALLOWED.matcher(route).matches()) {
            throw new ApiRefusal(400, "rest_batch_not_allowed", NOT_BATCHABLE);
        }
        throw new ApiRefusal(404, "rest_no_route", NO_ROUTE);
    }
}
