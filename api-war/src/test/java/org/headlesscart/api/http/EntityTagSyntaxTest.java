package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** If-Match and If-None-Match values that can be compared, and those that cannot (issue 15 part 3). */
class EntityTagSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"*", "\"abc\"", "W/\"abc\"", "\"a\", W/\"b\"", " \"a\" ,, \"b\" ", "abc123", "\"\"",
        "\"a,b\""})
    void listsOfTagsCanBeRead(String header) {
        assertTrue(EntityTagSyntax.isValid(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {",,,,", "", "  ", "W/", "W/abc", "\"open", "\"a\" \"b\"", "*, \"a\"", "a b", "\"a\"b",
        "W/\"a"})
    void whatNoOneCanCompareIsRefused(String header) {
        assertFalse(EntityTagSyntax.isValid(header), header);
    }

    @Test
    void ifNoneMatchComparesWeaklyAndStarMatchesAnything() {
        assertTrue(EntityTagSyntax.noneMatches("W/\"x\"", "x"));
        assertTrue(EntityTagSyntax.noneMatches("\"y\", \"x\"", "x"));
        assertTrue(EntityTagSyntax.noneMatches("*", "x"));
        assertFalse(EntityTagSyntax.noneMatches("\"y\"", "x"));
        assertFalse(EntityTagSyntax.noneMatches(null, "x"));
        assertEquals(List.of("\"a,b\"", "W/\"c\""), EntityTagSyntax.elements("\"a,b\", ,W/\"c\""));
    }
}
