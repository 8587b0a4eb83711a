package org.headlesscart.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.customer.boundary.AccountFailure;
import org.junit.jupiter.api.Test;

/** Contract §7.1 with CoCart 4.8's messages; the envelope as capture 60. */
class AccountExceptionMapperTest {

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());

    @Test
    void aWrongPasswordIsCapture60WithThe48Message() {
        Response response = AccountExceptionMapper.response(AccountFailure.WRONG_PASSWORD);
        JsonObject body = Captures.parse(jsonb.toJson(response.getEntity()));
        JsonObject capture = Captures.object("60-error-login-bad-password");

        assertEquals(401, response.getStatus());
        assertEquals(Captures.shape(capture), Captures.shape(body));
        assertEquals(capture.getString("code"), body.getString("code"));
        assertEquals(capture.getJsonObject("data"), body.getJsonObject("data"));
        assertEquals("The password you entered is incorrect.", body.getString("message"),
                "4.8 no longer repeats the login (4.3.6, captured, did)");
    }

    @Test
    void anUnknownLoginIsTheSameCodeWithItsOwnMessage() {
        Response response = AccountExceptionMapper.response(AccountFailure.UNKNOWN_LOGIN);
        JsonObject body = Captures.parse(jsonb.toJson(response.getEntity()));

        assertEquals(401, response.getStatus());
        assertEquals("cocart_authentication_error", body.getString("code"));
        assertEquals("Authentication is invalid. Please check your login details are correct and try again.",
                body.getString("message"));
    }
}
