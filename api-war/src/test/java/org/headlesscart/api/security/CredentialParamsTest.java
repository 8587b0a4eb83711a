package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Contract §7.1: {@code username}/{@code password} in a form body or (4.7+) a JSON body. */
class CredentialParamsTest {

    @Test
    void formBodiesAreUrlDecoded() {
        assertEquals(Map.of("username", "jane@example.com", "password", "a&b=c d"),
                CredentialParams.form("cart_key=abc&username=jane%40example.com&password=a%26b%3Dc+d"));
        assertEquals(Map.of("username", "first"), CredentialParams.form("username=first&username=second"),
                "the first value, as the query's getFirst");
        assertEquals(Map.of(), CredentialParams.form("username=&password"), "empty is absent");
        assertEquals(Map.of(), CredentialParams.form("username=%E0%A4%A"), "malformed escapes are no login");
    }

    @Test
    void jsonBodiesGiveStringMembersOnly() {
        assertEquals(Map.of("username", "customer", "password", "customerpass"),
                CredentialParams.json("{\"id\":\"12\",\"username\":\"customer\",\"password\":\"customerpass\"}"));
        assertEquals(Map.of("username", "customer"), CredentialParams.json("{\"username\":\"customer\",\"password\":1234}"),
                "a number is not a password, as WordPress types string args");
        assertEquals(Map.of(), CredentialParams.json("[\"username\",\"password\"]"));
        assertEquals(Map.of(), CredentialParams.json("{\"username\":"), "malformed: the resource answers rest_invalid_json");
        assertEquals(Map.of(), CredentialParams.json("{\"id\":\"12\",\"quantity\":\"1\"}"));
    }
}
