package org.headlesscart.pricing.control.coupon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.headlesscart.pricing.model.CouponUse;
import org.junit.jupiter.api.Test;

class CouponUsageTest {

    static final CouponUse CUSTOMER = new CouponUse("save10", 7, "Ann@Example.com");
    static final CouponUse GUEST = new CouponUse("save10", 0, " Bob@Example.com ");

    @Test
    void aCustomerIsRecordedByUserIdAGuestByLowerCaseEmail() {
        assertEquals("7", CouponUsage.entry(CUSTOMER));
        assertEquals("bob@example.com", CouponUsage.entry(GUEST));
        assertEquals("", CouponUsage.entry(new CouponUse("save10", 0, "")));
        assertEquals(254, CouponUsage.entry(new CouponUse("save10", 0, "a".repeat(300) + "@example.com")).length(),
                "bounded to the column");
    }

    @Test
    void aCustomersUsesAreTheirIdAndTheirEmail() {
        assertEquals(Set.of("7", "ann@example.com"), CouponUsage.customersEntries(CUSTOMER));
        assertEquals(Set.of("bob@example.com"), CouponUsage.customersEntries(GUEST));
        assertEquals(Set.of(), CouponUsage.customersEntries(new CouponUse("save10", 0, " ")));
        assertEquals(List.of("7", "ann@example.com"), List.copyOf(CouponUsage.customersEntries(CUSTOMER)));
    }

    @Test
    void theOverallLimitAndTheCustomersLimitRefuseOneMoreUse() {
        assertFalse(CouponUsage.limitReached(0, 0, 99, 99), "0 is unlimited");
        assertFalse(CouponUsage.limitReached(2, 0, 1, 5));
        assertTrue(CouponUsage.limitReached(2, 0, 2, 0));
        assertFalse(CouponUsage.limitReached(0, 1, 5, 0));
        assertTrue(CouponUsage.limitReached(0, 1, 5, 1));
        assertTrue(CouponUsage.limitReached(0, 2, 5, 2));
        assertFalse(CouponUsage.limitReached(0, 3, 5, 2));
    }
}
