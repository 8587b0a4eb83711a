package org.headlesscart.pricing.control.coupon;

import static org.headlesscart.pricing.control.coupon.CouponSpec.BEANIE;
import static org.headlesscart.pricing.control.coupon.CouponSpec.CAP;
import static org.headlesscart.pricing.control.coupon.CouponSpec.NOW;
import static org.headlesscart.pricing.control.coupon.CouponSpec.cart;
import static org.headlesscart.pricing.control.coupon.CouponSpec.onSale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponCheck;
import org.headlesscart.pricing.model.CouponError;
import org.junit.jupiter.api.Test;

/** One test per error code, then the order between them; texts are WooCommerce 9.1's classic ones. */
class CouponValidationTest {

    final CouponSpec spec = new CouponSpec();

    @Test
    void anUnrestrictedCouponIsValid() {
        assertEquals(Optional.empty(), CouponValidation.check(spec.coupon(), cart()));
    }

    @Test
    void usageLimitReachedIs106() {
        spec.usageLimit = 5;
        spec.usageCount = 4;
        assertValid(cart());
        spec.usageCount = 5;
        assertError(106, "Coupon usage limit has been reached.", cart());
    }

    @Test
    void zeroUsageLimitIsUnlimited() {
        spec.usageCount = 1_000;
        assertValid(cart());
    }

    @Test
    void aLoggedInCustomersUsesAreCountedByUserId() {
        spec.usageLimitPerUser = 2;
        spec.usedBy = List.of("7", "bob@example.com", "8", "7");
        assertError(106, "Coupon usage limit has been reached.", cart(List.of(BEANIE), 7, List.of()));
        assertValid(cart(List.of(BEANIE), 8, List.of()));
        // a guest without a known e-mail is not counted yet
        assertValid(cart(List.of(BEANIE), 0, List.of()));
    }

    @Test
    void aGuestsUsesAreCountedByBillingEmailOnceKnown() {
        spec.usageLimitPerUser = 1;
        spec.usedBy = List.of("7", "Bob@Example.com");
        assertError(106, "Coupon usage limit has been reached.", cart(List.of(BEANIE), 0, List.of("bob@example.com")));
        assertValid(cart(List.of(BEANIE), 0, List.of("ann@example.com")));
    }

    @Test
    void expiredIs107FromTheSecondAfterExpiry() {
        spec.expires = NOW;
        assertValid(cart());
        spec.expires = NOW.minusSeconds(1);
        assertError(107, "This coupon has expired.", cart());
        // half a second later is still the expiry's PHP second
        spec.expires = NOW;
        CouponCheck later = cart();
        assertValid(new CouponCheck(later.lines(), later.displayedSubtotal(), NOW.plusMillis(500), 0, List.of(),
                List.of(), later.productNames(), later.categoryNames(), 2, later.priceFormat()));
    }

    @Test
    void minimumSpendIs108WithTheFormattedAmount() {
        spec.minimum = new BigDecimal("52.00");
        assertValid(cart());
        spec.minimum = new BigDecimal("52.01");
        assertError(108, "The minimum spend for this coupon is $52.01.", cart());
        // an amount with more decimals than the currency is shown rounded, as wc_price does
        spec.minimum = new BigDecimal("60.005");
        assertError(108, "The minimum spend for this coupon is $60.01.", cart());
    }

    @Test
    void maximumSpendIs112WithTheFormattedAmount() {
        spec.maximum = new BigDecimal("52");
        assertValid(cart());
        spec.maximum = new BigDecimal("51.99");
        assertError(112, "The maximum spend for this coupon is $51.99.", cart());
    }

    @Test
    void zeroSpendLimitsMeanNone() {
        spec.minimum = BigDecimal.ZERO;
        spec.maximum = BigDecimal.ZERO;
        assertValid(cart());
    }

    @Test
    void aProductListWithoutAListedLineIs109() {
        spec.products = Set.of(99L);
        assertError(109, "Sorry, this coupon is not applicable to selected products.", cart());
        // the Cap variation's parent is listed
        spec.products = Set.of(20L);
        assertValid(cart());
    }

    @Test
    void aCategoryListWithoutALineInItIs109AndSaleLinesDoNotCountWhenExcluded() {
        spec.categories = Set.of(6L);
        assertValid(cart());
        spec.excludeSaleItems = true;
        spec.type = Coupon.PERCENT;
        assertError(109, "Sorry, this coupon is not applicable to selected products.",
                cart(List.of(BEANIE, onSale(CAP)), 0, List.of()));
    }

    @Test
    void aProductCouponThatDiscountsNoLineIs109() {
        spec.type = Coupon.PERCENT;
        spec.excludedProducts = Set.of(10L, 20L);
        assertError(109, "Sorry, this coupon is not applicable to selected products.", cart());
        spec.excludedProducts = Set.of(10L);
        assertValid(cart());
    }

    @Test
    void aProductCouponTestsNothingOnAnEmptyCart() {
        spec.type = Coupon.FIXED_PRODUCT;
        spec.excludedProducts = Set.of(10L);
        assertValid(cart(List.of(), 0, List.of()));
    }

    @Test
    void aCartCouponExcludingSaleItemsMeetingOneIs110() {
        spec.excludeSaleItems = true;
        assertValid(cart());
        assertError(110, "Sorry, this coupon is not valid for sale items.",
                cart(List.of(onSale(BEANIE), CAP), 0, List.of()));
        // a product coupon merely skips the sale line
        spec.type = Coupon.PERCENT;
        assertValid(cart(List.of(onSale(BEANIE), CAP), 0, List.of()));
    }

    @Test
    void aCartCouponMeetingExcludedProductsIs113WithTheirNames() {
        spec.excludedProducts = Set.of(10L, 20L);
        assertError(113, "Sorry, this coupon is not applicable to the products: Beanie, Cap - Blue.", cart());
    }

    @Test
    void aCartCouponMeetingExcludedCategoriesIs114WithTheirNamesOnce() {
        spec.excludedCategories = Set.of(5L, 6L);
        // Beanie: Hats; Cap: Accessories, Hats (by name) -> Hats, Accessories
        assertError(114, "Sorry, this coupon is not applicable to the categories: Hats, Accessories.", cart());
    }

    @Test
    void aRestrictedEmailThatDoesNotMatchIs102() {
        spec.emailRestrictions = List.of("*@example.com", "vip@shop.test");
        assertError(102,
                "Sorry, it seems the coupon \"save10\" is not yours - it has now been removed from your order.",
                cart(List.of(BEANIE), 0, List.of("bob@other.test")));
        assertValid(cart(List.of(BEANIE), 0, List.of("Bob@Example.com")));
        // billing or account e-mail: one match is enough
        assertValid(cart(List.of(BEANIE), 3, List.of("bob@other.test", "vip@shop.test")));
        // no e-mail known yet: not checked
        assertValid(cart(List.of(BEANIE), 0, List.of()));
    }

    @Test
    void checksInWooCommercesOrder() {
        spec.usageLimit = 1;
        spec.usageCount = 1;
        spec.expires = NOW.minusSeconds(60);
        spec.minimum = new BigDecimal("100");
        spec.maximum = new BigDecimal("10");
        spec.products = Set.of(99L);
        spec.emailRestrictions = List.of("vip@shop.test");
        CouponCheck check = cart(List.of(BEANIE, CAP), 0, List.of("bob@other.test"));
        int[] expected = {106, 107, 108, 112, 109, 102};
        for (int code : expected) {
            assertEquals(code, CouponValidation.check(spec.coupon(), check).orElseThrow().code());
            switch (code) {
                case 106 -> spec.usageLimit = 0;
                case 107 -> spec.expires = null;
                case 108 -> spec.minimum = null;
                case 112 -> spec.maximum = null;
                case 109 -> spec.products = Set.of();
                default -> spec.emailRestrictions = List.of();
            }
        }
        assertValid(check);
    }

    @Test
    void cartTypeExclusionsComeInWooCommercesOrder() {
        spec.excludeSaleItems = true;
        spec.excludedProducts = Set.of(10L);
        spec.excludedCategories = Set.of(6L);
        CouponCheck check = cart(List.of(onSale(BEANIE), CAP), 0, List.of());
        assertEquals(110, CouponValidation.check(spec.coupon(), check).orElseThrow().code());
        spec.excludeSaleItems = false;
        assertEquals(113, CouponValidation.check(spec.coupon(), check).orElseThrow().code());
        spec.excludedProducts = Set.of();
        assertEquals(114, CouponValidation.check(spec.coupon(), check).orElseThrow().code());
    }

    @Test
    void aLoggedInCustomersLimitComesBeforeExpiryAndAGuestsAfterEmails() {
        spec.usageLimitPerUser = 1;
        spec.usedBy = List.of("7", "bob@example.com");
        spec.expires = NOW.minusSeconds(60);
        assertEquals(106, CouponValidation.check(spec.coupon(), cart(List.of(BEANIE), 7, List.of())).orElseThrow()
                .code());
        assertEquals(107, CouponValidation.check(spec.coupon(), cart(List.of(BEANIE), 0, List.of("bob@example.com")))
                .orElseThrow().code());
    }

    private void assertValid(CouponCheck check) {
        assertEquals(Optional.empty(), CouponValidation.check(spec.coupon(), check));
    }

    private void assertError(int code, String message, CouponCheck check) {
        assertEquals(Optional.of(new CouponError(code, message)), CouponValidation.check(spec.coupon(), check));
    }
}
