package org.headlesscart.api.wc.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.customer.model.CustomerDraft;
import org.junit.jupiter.api.Test;

class CustomerRequestTest {

    @Test
    void readsWooCommercesFieldsAndIgnoresReadOnlyOnes() {
        CustomerRequest.Parsed parsed = CustomerRequest.parse("{\"email\":\"a@example.com\",\"first_name\":\"Ann\","
                + "\"role\":\"administrator\",\"password\":\"pw-123456\",\"billing\":{\"city\":\"Berlin\","
                + "\"email\":\"b@example.com\",\"nickname\":\"x\"},\"shipping\":{\"city\":\"Paris\",\"email\":\"s@x.y\"}}");
        CustomerDraft draft = parsed.draft();
        assertFalse(parsed.namesId());
        assertEquals("a@example.com", draft.email());
        assertEquals("Ann", draft.firstName());
        assertNull(draft.lastName(), "not sent");
        assertEquals("pw-123456", draft.password());
        assertEquals(Map.of("city", "Berlin", "email", "b@example.com"), draft.billing());
        assertEquals(Map.of("city", "Paris"), draft.shipping(), "a shipping address has no e-mail");
    }

    @Test
    void anIdIsNotedAndNullMeansNotSent() {
        CustomerRequest.Parsed parsed = CustomerRequest.parse("{\"id\":7,\"email\":null,\"billing\":null}");
        assertTrue(parsed.namesId());
        assertNull(parsed.draft().email());
        assertNull(parsed.draft().billing());
    }

    @Test
    void wrongTypesAreReportedTogether() {
        InvalidParamException e = assertThrows(InvalidParamException.class,
                () -> CustomerRequest.parse("{\"email\":true,\"billing\":\"Berlin\",\"shipping\":{\"city\":[1]}}"));
        assertEquals(java.util.Set.of("email", "billing", "shipping"), e.params().keySet(), "keyed by argument");
        assertEquals("shipping[city] is not of type string.", e.params().get("shipping"));
    }
}
