package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.headlesscart.cart.model.CartView;
import org.junit.jupiter.api.Test;

/** Which paths are cart routes, their {@code Allow} methods (captures 20-38), and which key the headers name. */
class CartHeadersFilterTest {

    @Test
    void cartRoutesListTheirMethods() {
        assertEquals("GET", CartHeadersFilter.allow("cocart/v2/cart"));
        assertEquals("GET", CartHeadersFilter.allow("/cocart/v2/cart/items/count"));
        assertEquals("GET", CartHeadersFilter.allow("cocart/v2/cart/totals"));
        assertEquals("POST", CartHeadersFilter.allow("cocart/v2/cart/add-item"));
        assertEquals("POST", CartHeadersFilter.allow("cocart/v2/cart/update/"));
        assertEquals("GET, POST, DELETE, PUT, PATCH",
                CartHeadersFilter.allow("cocart/v2/cart/item/d3d9446802a44259755d38e6d163e820"));
    }

    @Test
    void otherPathsGetNoCartHeaders() {
        assertNull(CartHeadersFilter.allow("cocart/v2/cart/nonexistent"), "capture 61: rest_no_route has none");
        assertNull(CartHeadersFilter.allow("cocart/v2/cart/item/a-b"));
        assertNull(CartHeadersFilter.allow("cocart/v2/products"));
        assertNull(CartHeadersFilter.allow("cocart/v2/cartoon"));
    }

    @Test
    void theShownCartWinsAndOnlyWellFormedRequestedKeysAreEchoed() {
        CartHeaders named = new CartHeaders();
        named.requested("t_0123456789abcdef0123456789abcd");
        CartHeaders malformed = new CartHeaders();
        malformed.requested("Not A Key!");
        CartHeaders shown = new CartHeaders();
        shown.requested("t_asked");
        Instant expiry = Instant.ofEpochSecond(1795920960);
        shown.shown(new CartView("t_shown", expiry.minusSeconds(86400), expiry, null, List.of(), List.of(),
                BigDecimal.ZERO, BigDecimal.ZERO, false, false, new CartView.Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                List.of(), Map.of(), null, 0, false, null, null, null));

        assertEquals("t_0123456789abcdef0123456789abcd", named.key());
        assertNull(named.expiration(), "an error names no cart: the filter uses now + window");
        assertNull(malformed.key(), "R-CART-KEY: a refused key is not echoed");
        assertEquals("t_shown", shown.key());
        assertEquals(expiry, shown.expiration());
    }
}
