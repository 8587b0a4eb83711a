package org.headlesscart.pricing.control.coupon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouponEmailsTest {

    @ParameterizedTest(name = "{0} allows {1}: {2}")
    @CsvSource({
            "bob@example.com, bob@example.com, true",
            "bob@example.com, ann@example.com, false",
            "*@example.com, bob@example.com, true",
            "*@example.com, bob@example.org, false",
            // the star may stand for nothing, as WooCommerce's (.+)?
            "bob*@example.com, bob@example.com, true",
            "bob*@example.com, bobby@example.com, true",
            "*, anyone@anywhere.test, true",
            "b*b@*.com, bob@example.com, true",
            "b*b@*.com, bb@example.com, true",
            "b*b@*.com, bob@example.org, false",
            "*@*.example.com, bob@shop.example.com, true",
            // the dot is literal here (WooCommerce's unescaped regex would let it match any character)
            "*@example.com, bob@example-com, false",
            // entries and e-mails compare lower-case
            "*@EXAMPLE.com, bob@example.com, true",
    })
    void matchesEntriesWithWildcards(String restriction, String email, boolean allowed) {
        assertEquals(allowed, CouponEmails.allowed(List.of(email), List.of(restriction)));
    }
}
