package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.headlesscart.api.security.Credentials.LoginPassword;
import org.junit.jupiter.api.Test;

/** Contract §7.1: the strict {@code Basic <base64>} header, and what counts as no or incomplete credentials. */
class BasicHeaderTest {

    static String basic(String loginColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(loginColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loginAndPasswordAreSplitAtTheFirstColonAndReadAsUtf8() {
        assertEquals(new LoginPassword("customer", "customerpass"), BasicHeader.parse("Basic Y3VzdG9tZXI6Y3VzdG9tZXJwYXNz"),
                "capture 40's header");
        assertEquals(new LoginPassword("jane@example.com", "p:ss wörd"), BasicHeader.parse(basic("jane@example.com:p:ss wörd")));
        assertEquals(new LoginPassword("customer", "x"), BasicHeader.parse(basic("customer:x").replace("Basic", "basic")),
                "the scheme name is case-insensitive (RFC 7235)");
    }

    @Test
    void noHeaderOrAnotherSchemeIsNoCredentials() {
        assertSame(Credentials.NONE, BasicHeader.parse(null));
        assertSame(Credentials.NONE, BasicHeader.parse(""));
        assertSame(Credentials.NONE, BasicHeader.parse("Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"), "left for the JWT mechanism");
        assertSame(Credentials.NONE, BasicHeader.parse("Basically"));
    }

    @Test
    void aBasicHeaderThatIsNotStrictlyFormedIsIncomplete() {
        assertSame(Credentials.INCOMPLETE, BasicHeader.parse("Basic"));
        assertSame(Credentials.INCOMPLETE, BasicHeader.parse("Basic "));
        assertSame(Credentials.INCOMPLETE, BasicHeader.parse("Basic  Y3VzdG9tZXI6eA=="), "two spaces");
        assertSame(Credentials.INCOMPLETE, BasicHeader.parse("Basic Y3VzdG9tZXI6eA== trailing"));
        assertSame(Credentials.INCOMPLETE, BasicHeader.parse("Basic !!!not-base64"));
        assertSame(Credentials.INCOMPLETE, BasicHeader.parse("Basic Y3VzdG9tZXI6eA="), "bad padding");
    }

    @Test
    void onlyOneOfLoginAndPasswordIsIncomplete() {
        assertSame(Credentials.INCOMPLETE, BasicHeader.parse(basic("customer")), "no colon");
        assertSame(Credentials.INCOMPLETE, BasicHeader.parse(basic("customer:")));
        assertSame(Credentials.INCOMPLETE, BasicHeader.parse(basic(":customerpass")));
        assertSame(Credentials.INCOMPLETE, BasicHeader.parse(basic(":")));
    }

    @Test
    void parametersFollowTheSameRulesAndEmptyCountsAsAbsent() {
        assertSame(Credentials.NONE, Credentials.of(null, null));
        assertSame(Credentials.NONE, Credentials.of("", ""));
        assertSame(Credentials.INCOMPLETE, Credentials.of("customer", null));
        assertSame(Credentials.INCOMPLETE, Credentials.of(null, "customerpass"));
        assertEquals(new LoginPassword("customer", "customerpass"), Credentials.of("customer", "customerpass"));
    }

    @Test
    void thePasswordNeverAppearsInToString() {
        assertFalse(new LoginPassword("customer", "customerpass").toString().contains("customerpass"));
    }

    @Test
    void aLoginStartingCkWithAPasswordStartingCsIsARestApiKeyHoweverMalformed() {
        assertEquals(new Credentials.ApiKey("ck_" + "a".repeat(40), "cs_" + "b".repeat(40)),
                BasicHeader.parse(basic("ck_" + "a".repeat(40) + ":cs_" + "b".repeat(40))));
        assertEquals(new Credentials.ApiKey("ck_abc", "cs_def"), BasicHeader.parse(basic("ck_abc:cs_def")));
        assertEquals(new LoginPassword("ck_fan", "hunter22"), BasicHeader.parse(basic("ck_fan:hunter22")),
                "a username that happens to start ck_ logs in with its password");
        assertFalse(new Credentials.ApiKey("ck_abc", "cs_secret").toString().contains("cs_secret"));
    }
}
