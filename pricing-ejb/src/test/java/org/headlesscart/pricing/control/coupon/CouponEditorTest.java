package org.headlesscart.pricing.control.coupon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.headlesscart.pricing.entity.StoredCoupon;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponDraft;
import org.junit.jupiter.api.Test;

class CouponEditorTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aDraftIsWrittenFieldByFieldAsWooCommerceKeepsIt() {
        StoredCoupon row = new StoredCoupon(null, Instant.EPOCH);
        Optional<CouponProblem> problem = new CouponEditor(NEW_YORK).apply(row, draft(" Spring SALE ", "12.5",
                "percent", "2030-06-30T23:59:59", List.of("Ann@Example.com", "*@shop.example")));
        assertEquals(Optional.empty(), problem);
        Coupon coupon = CouponRows.coupon(row, List.of());
        assertEquals("spring sale", coupon.code());
        assertEquals(0, new BigDecimal("12.5").compareTo(coupon.amount()));
        assertEquals(Instant.parse("2030-07-01T03:59:59Z"), coupon.expires(), "read in the store's zone");
        assertEquals(List.of("ann@example.com", "*@shop.example"), coupon.emailRestrictions());
        assertEquals(Set.of(10L, 11L), coupon.productIds());
        assertNull(coupon.limitUsageToXItems(), "0 is no limit");
    }

    @Test
    void wooCommercesRefusalsAreJudgedOnTheFinalCoupon() {
        assertEquals(CouponProblem.Kind.INVALID_AMOUNT, kind(draft("a", "150", "percent", null, null)));
        assertEquals(Optional.empty(), new CouponEditor(NEW_YORK).apply(new StoredCoupon(null, Instant.EPOCH),
                draft("a", "150", "fixed_cart", null, null)), "150 off is fine");
        assertEquals(CouponProblem.Kind.INVALID_AMOUNT, kind(draft("a", "-1", null, null, null)));
        assertEquals(CouponProblem.Kind.INVALID_EMAIL, kind(draft("a", "1", null, null, List.of("no address"))));
        assertEquals(CouponProblem.Kind.EMPTY_CODE, kind(draft("  ", "1", null, null, null)));
        assertEquals(CouponProblem.Kind.INVALID_FIELDS, kind(draft("a", "ten", null, null, null)));
        assertEquals(CouponProblem.Kind.INVALID_FIELDS, kind(draft("a", "1e99", null, null, null)));
        assertEquals(CouponProblem.Kind.INVALID_FIELDS, kind(draft("a", "1", null, "next tuesday", null)));
        assertEquals(CouponProblem.Kind.INVALID_FIELDS, kind(draft("x".repeat(191), "1", null, null, null)));
    }

    private static CouponProblem.Kind kind(CouponDraft draft) {
        return new CouponEditor(NEW_YORK).apply(new StoredCoupon(null, Instant.EPOCH), draft).orElseThrow().kind();
    }

    private static CouponDraft draft(String code, String amount, String type, String expires, List<String> emails) {
        return new CouponDraft(code, amount, null, type, null, expires, null, null, List.of(10L, 11L, 10L), null,
                null, null, 0, null, null, null, null, null, null, emails);
    }
}
