package org.headlesscart.pricing.control.coupon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.headlesscart.pricing.model.CouponUse;
import org.junit.jupiter.api.Test;

class CouponUsageTest {

    static final CouponUse CUSTOMER = new CouponUse("save10", 7, "Ann@Example.com");
    static final CouponUse GUEST = new CouponUse("save10", 0, " Bob@Example.com ");

    @Test
    void aCustomerIsRecordedByUserIdAGuestByLowerCaseEmail() {
        assertEquals(List.of("7"), CouponUsage.withUse(List.of(), CUSTOMER));
        assertEquals(List.of("7", "bob@example.com"), CouponUsage.withUse(List.of("7"), GUEST));
        assertEquals(List.of(), CouponUsage.withUse(List.of(), new CouponUse("save10", 0, "")));
    }

    @Test
    void aCustomersUsesCountTheirIdAndTheirEmail() {
        List<String> usedBy = List.of("7", "ann@example.com", "8", "bob@example.com");
        assertEquals(2, CouponUsage.usesBy(usedBy, CUSTOMER));
        assertEquals(1, CouponUsage.usesBy(usedBy, GUEST));
        assertEquals(0, CouponUsage.usesBy(usedBy, new CouponUse("save10", 0, "")));
    }

    @Test
    void theOverallLimitAndTheCustomersLimitRefuseOneMoreUse() {
        assertFalse(CouponUsage.limitReached(0, 0, 99, List.of(), CUSTOMER), "0 is unlimited");
        assertFalse(CouponUsage.limitReached(2, 0, 1, List.of("8"), CUSTOMER));
        assertTrue(CouponUsage.limitReached(2, 0, 2, List.of("8", "9"), CUSTOMER));
        assertFalse(CouponUsage.limitReached(0, 1, 5, List.of("8", "bob@example.com"), CUSTOMER));
        assertTrue(CouponUsage.limitReached(0, 1, 5, List.of("8", "ann@example.com"), CUSTOMER),
                "a guest use with the customer's e-mail counts");
        assertTrue(CouponUsage.limitReached(0, 2, 5, List.of("bob@example.com", "BOB@example.com"), GUEST));
    }

    @Test
    void releasingRemovesOneEntryOfTheCustomer() {
        assertEquals(List.of("7", "8"), CouponUsage.withoutUse(List.of("7", "8", "7"), CUSTOMER));
        assertEquals(List.of("8"), CouponUsage.withoutUse(List.of("8", "bob@example.com"), GUEST));
        assertEquals(List.of("8"), CouponUsage.withoutUse(List.of("8"), GUEST), "nothing of theirs: unchanged");
    }
}
