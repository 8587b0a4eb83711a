package org.headlesscart.pricing.model;

import java.util.List;

/**
 * Every customer-facing coupon text, in one place (COCART-PLUS decision 8): WooCommerce 9.1 prints the classic
 * wording, from before the 2025 rewrite that names the coupon (PR #56488), so that is what this table holds. Each
 * method takes the coupon code even where the classic text ignores it, so switching to the newer wording is an
 * edit of this class alone.
 *
 * <p>Where {@code WC_Discounts} throws a literal of its own on apply (105, 107-114) the literal is used, e.g. 109
 * "not applicable to selected products" rather than {@code get_coupon_error}'s "your cart contents". Codes go into
 * the texts as given: WooCommerce HTML-escapes them and wraps prices in HTML for its pages; ours are JSON strings,
 * and prices come as the store formats them ("$10.00").
 *
 * <p>In {@code model} because the cart needs the same table for the texts it shows itself (103, 104, 101, 200,
 * 201) and reaches pricing only through its shared records.
 */
public final class CouponMessages {

    private CouponMessages() {
    }

    /** 100, a filter refused the coupon. */
    public static String invalidFiltered(String code) {
        return "Coupon is not valid.";
    }

    /** 101, an applied coupon that is no longer valid was removed when the cart was checked. */
    public static String invalidRemoved(String code) {
        return "Sorry, it seems the coupon \"" + code + "\" is invalid - it has now been removed from your order.";
    }

    /** 102, the customer's e-mail is not among the coupon's allowed e-mails; the coupon is removed. */
    public static String notYoursRemoved(String code) {
        return "Sorry, it seems the coupon \"" + code + "\" is not yours - it has now been removed from your order.";
    }

    /** 103, the code is in the cart already. */
    public static String alreadyApplied(String code) {
        return "Coupon code already applied!";
    }

    /** 104, an applied individual-use coupon refuses company; the text names that applied coupon. */
    public static String individualUseOnly(String appliedCode) {
        return "Sorry, coupon \"" + appliedCode
                + "\" has already been applied and cannot be used in conjunction with other coupons.";
    }

    /** 105, no published coupon has this code. */
    public static String notExist(String code) {
        return "Coupon \"" + code + "\" does not exist!";
    }

    /** 106, the coupon's overall or per-customer usage limit is used up. */
    public static String usageLimitReached(String code) {
        return "Coupon usage limit has been reached.";
    }

    /** 107. */
    public static String expired(String code) {
        return "This coupon has expired.";
    }

    /** 108, with the minimum as the store formats prices. */
    public static String minimumSpend(String code, String formattedMinimum) {
        return "The minimum spend for this coupon is " + formattedMinimum + ".";
    }

    /** 109 as the validator throws it on apply and on every check. */
    public static String notApplicableToSelectedProducts(String code) {
        return "Sorry, this coupon is not applicable to selected products.";
    }

    /** 109 as {@code get_coupon_error} words it, for callers that report the code without a validator text. */
    public static String notApplicable(String code) {
        return "Sorry, this coupon is not applicable to your cart contents.";
    }

    /** 110, a cart-type coupon that excludes sale items meets one. */
    public static String notValidForSaleItems(String code) {
        return "Sorry, this coupon is not valid for sale items.";
    }

    /** 111, an empty code. */
    public static String pleaseEnter() {
        return "Please enter a coupon code.";
    }

    /** 112, with the maximum as the store formats prices. */
    public static String maximumSpend(String code, String formattedMaximum) {
        return "The maximum spend for this coupon is " + formattedMaximum + ".";
    }

    /** 113, the excluded products in the cart, by name, in cart order. */
    public static String excludedProducts(String code, List<String> names) {
        return "Sorry, this coupon is not applicable to the products: " + String.join(", ", names) + ".";
    }

    /** 114, the excluded categories met in the cart, by name, each once. */
    public static String excludedCategories(String code, List<String> names) {
        return "Sorry, this coupon is not applicable to the categories: " + String.join(", ", names) + ".";
    }

    /** 115, the limit is held by the logged-in customer's own pending order; links their orders page. */
    public static String usageLimitStuck(String code, String ordersUrl) {
        return "Coupon usage limit has been reached. If you were using this coupon just now but order was not"
                + " complete, you can retry or cancel the order by going to the <a href=\"" + ordersUrl
                + "\">my account page</a>.";
    }

    /** 116, the limit is held by pending orders and the customer is a guest. */
    public static String usageLimitStuckGuest(String code) {
        return "Coupon usage limit has been reached. Please try again after some time, or contact us for help.";
    }

    /** 200. */
    public static String applied(String code) {
        return "Coupon code applied successfully.";
    }

    /** 201. */
    public static String removed(String code) {
        return "Coupon code removed successfully.";
    }
}
