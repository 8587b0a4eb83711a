package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.headlesscart.api.security.OperatorCredentials.Verdict;
import org.junit.jupiter.api.Test;

class OperatorCredentialsTest {

    final OperatorCredentials operator = new OperatorCredentials("operator", Optional.of("s3cret:with colon ü"));

    @Test
    void theOperatorsBasicCredentialsLetThrough() {
        assertEquals(Verdict.OPERATOR, operator.check(basic("operator:s3cret:with colon ü")),
                "the password may hold colons and any UTF-8");
        assertEquals(Verdict.OPERATOR, operator.check("basic " + encode("operator:s3cret:with colon ü")),
                "the scheme ignores case");
    }

    @Test
    void aWrongUserNameOrPasswordIsWrong() {
        assertEquals(Verdict.WRONG, operator.check(basic("operator:s3cret")));
        assertEquals(Verdict.WRONG, operator.check(basic("Operator:s3cret:with colon ü")), "user names are exact");
        assertEquals(Verdict.WRONG, operator.check(basic("admin:s3cret:with colon ü")));
        assertEquals(Verdict.WRONG, operator.check(basic("operator:")));
    }

    @Test
    void malformedBasicCredentialsAreWrong() {
        assertEquals(Verdict.WRONG, operator.check("Basic !!!not-base64"));
        assertEquals(Verdict.WRONG, operator.check(basic("no colon at all")));
        assertEquals(Verdict.WRONG, operator.check("Basic "));
    }

    @Test
    void noCredentialsOrAnotherSchemeIsAnonymous() {
        assertEquals(Verdict.ANONYMOUS, operator.check(null));
        assertEquals(Verdict.ANONYMOUS, operator.check(" "));
        assertEquals(Verdict.ANONYMOUS, operator.check("Bearer eyJhbGciOi"));
    }

    @Test
    void withoutAConfiguredPasswordNobodyIsTheOperator() {
        OperatorCredentials unset = new OperatorCredentials("operator", Optional.empty());

        assertFalse(unset.isConfigured());
        assertEquals(Verdict.WRONG, unset.check(basic("operator:")), "not even with an empty password");
        assertEquals(Verdict.WRONG, unset.check(basic("operator:anything")));
        assertEquals(Verdict.WRONG, new OperatorCredentials("operator", Optional.of("")).check(basic("operator:")));
        assertEquals(Verdict.ANONYMOUS, unset.check(null));
    }

    static String basic(String credentials) {
        return "Basic " + encode(credentials);
    }

    private static String encode(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
