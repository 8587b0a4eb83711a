package org.headlesscart.api.wc.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.catalog.model.TermDraft;
import org.junit.jupiter.api.Test;

class TermRequestTest {

    @Test
    void aCreateNeedsANameBeforeAnyValueIsLookedAt() {
        for (String body : List.of("{}", "{\"name\":null,\"parent\":\"x\"}", "{\"title\":\"Kites\"}", "")) {
            assertEquals(List.of("name"), assertThrows(MissingParamException.class, () -> TermRequest.newTerm(body))
                    .params(), body);
            assertEquals(List.of("name"), assertThrows(MissingParamException.class,
                    () -> TermRequest.newAttribute(body)).params(), body);
        }
    }

    @Test
    void aNumberIsNoName() {
        InvalidParamException e = assertThrows(InvalidParamException.class, () -> TermRequest.newTerm("{\"name\":123}"));
        assertEquals(Map.of("name", "name is not of type string."), e.params());
        assertThrows(InvalidParamException.class, () -> TermRequest.term("{\"name\":123}"));
        assertThrows(InvalidParamException.class, () -> TermRequest.newAttribute("{\"name\":\"Size\",\"has_archives\":\"yes\"}"));
    }

    @Test
    void anUpdateMayNameNothing() {
        TermDraft draft = TermRequest.term("{\"colour\":\"red\"}");
        assertNull(draft.name());
        assertNull(draft.parent());
    }
}
