package org.headlesscart.pricing.control.coupon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.headlesscart.pricing.model.CouponMessages;
import org.junit.jupiter.api.Test;

/** The texts the cart shows itself, beside the validator's errors: WooCommerce 9.1's classic wording. */
class CouponMessagesTest {

    @Test
    void cartTexts() {
        assertEquals("Coupon code already applied!", CouponMessages.alreadyApplied("save10"));
        assertEquals("Sorry, coupon \"vip\" has already been applied and cannot be used in conjunction with other"
                + " coupons.", CouponMessages.individualUseOnly("vip"));
        assertEquals("Sorry, it seems the coupon \"save10\" is invalid - it has now been removed from your order.",
                CouponMessages.invalidRemoved("save10"));
        assertEquals("Coupon \"nope\" does not exist!", CouponMessages.notExist("nope"));
        assertEquals("Please enter a coupon code.", CouponMessages.pleaseEnter());
        assertEquals("Coupon code applied successfully.", CouponMessages.applied("save10"));
        assertEquals("Coupon code removed successfully.", CouponMessages.removed("save10"));
    }

    @Test
    void codesGoInVerbatim() {
        assertEquals("Coupon \"a&b <c>\" does not exist!", CouponMessages.notExist("a&b <c>"));
    }

    @Test
    void heldUsageTexts() {
        assertEquals("Coupon usage limit has been reached. Please try again after some time, or contact us for help.",
                CouponMessages.usageLimitStuckGuest("save10"));
        assertEquals("Coupon usage limit has been reached. If you were using this coupon just now but order was not"
                + " complete, you can retry or cancel the order by going to the <a href=\"https://shop.test/my-account/"
                + "orders/\">my account page</a>.", CouponMessages.usageLimitStuck("save10",
                        "https://shop.test/my-account/orders/"));
        assertEquals("Sorry, this coupon is not applicable to your cart contents.",
                CouponMessages.notApplicable("save10"));
        assertEquals("Sorry, this coupon is not applicable to the products: A, B.",
                CouponMessages.excludedProducts("x", List.of("A", "B")));
    }
}
