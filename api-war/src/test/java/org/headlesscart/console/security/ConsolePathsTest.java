package org.headlesscart.console.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who opens which console page: WooCommerce's capabilities, settings and Access for administrators only. */
class ConsolePathsTest {

    static final SignedInStaff ADMIN = new SignedInStaff(1, "admin", "", "administrator");
    static final SignedInStaff MANAGER = new SignedInStaff(3, "manager", "", "shop_manager");
    static final SignedInStaff CUSTOMER = new SignedInStaff(2, "customer", "", "customer");

    @Test
    void theStoreSettingsAmongThePricingPagesAreForAdministratorsOnly() {
        for (String page : new String[] {"/console/pricing/taxes.xhtml", "/console/pricing/shipping.xhtml",
                "/console/pricing/shipping-zone.xhtml"}) {
            assertTrue(ConsolePaths.mayOpen(ADMIN, page), page);
            assertFalse(ConsolePaths.mayOpen(MANAGER, page), page);
        }
        assertTrue(ConsolePaths.mayOpen(MANAGER, "/console/pricing/coupons.xhtml"));
        assertTrue(ConsolePaths.mayOpen(MANAGER, "/console/customers/customer.xhtml"));
        assertFalse(ConsolePaths.mayOpen(MANAGER, "/console/access/index.xhtml"));
        assertFalse(ConsolePaths.mayOpen(CUSTOMER, "/console/customers/index.xhtml"));
    }

    @Test
    void theSignInForbiddenAndErrorPagesAreOpenToAnyoneAndNothingElse() {
        SignedInStaff guest = new SignedInStaff(0, "", "", "");
        for (String page : new String[] {ConsolePaths.LOGIN, ConsolePaths.FORBIDDEN, ConsolePaths.ERROR}) {
            assertTrue(ConsolePaths.mayOpen(guest, page), page);
            assertTrue(ConsolePaths.mayOpen(CUSTOMER, page), page);
        }
        assertFalse(ConsolePaths.mayOpen(CUSTOMER, ConsolePaths.DASHBOARD));
        assertFalse(ConsolePaths.mayOpen(CUSTOMER, ConsolePaths.NOT_FOUND));
        assertFalse(ConsolePaths.mayOpen(CUSTOMER, "/console/error.xhtml.bak"));
    }
}
