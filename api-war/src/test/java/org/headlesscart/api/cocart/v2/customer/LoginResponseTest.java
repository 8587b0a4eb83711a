package org.headlesscart.api.cocart.v2.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.customer.model.AccountView;
import org.junit.jupiter.api.Test;

/** The login object of contract §7.2, against capture 40. */
class LoginResponseTest {

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());

    /** Capture 40's user: id 2, Jane Doe, display name "customer" (WordPress's default: the username). */
    final AccountView jane = new AccountView(2, "customer", "customer@example.com", "customer", "Jane", "Doe",
            "customer", "5551234567");

    @Test
    void theCapturedCustomerComesOutExactlyAsCapture40() {
        JsonObject json = serialize(LoginResponse.from(jane, Map.of(), false));

        assertEquals(Captures.object("40-login"), json, "R-LOGIN: every value of capture 40");
        assertEquals(Captures.shape(Captures.object("40-login")), Captures.shape(json), "R-LOGIN: key order and types");
    }

    @Test
    void extrasAreAnObjectOnceSomethingIsInThem() {
        JsonObject json = serialize(LoginResponse.from(jane, Map.of("jwt_token", "abc"), true));

        assertEquals("abc", json.getJsonObject("extras").getString("jwt_token"));
        assertEquals("https://secure.gravatar.com/avatar/592fc57ef0b254235cfa5977bccfd34a?s=24&d=mm&r=g",
                json.getJsonObject("avatar_urls").getString("24"), "HTTPS requests get Gravatar's secure host");
    }

    @Test
    void rolesAreCapitalisedSlugsJoinedAsCoCartJoinsThem() {
        assertEquals("Customer", LoginResponse.roles("customer"));
        assertEquals("Administrator", LoginResponse.roles("administrator"));
        assertEquals("Shop_manager", LoginResponse.roles("shop_manager"), "PHP's ucfirst on the slug");
        assertEquals("Customer, Subscriber", LoginResponse.roles("customer", "subscriber"));
    }

    @Test
    void theDisplayNameIsHtmlEscaped() {
        AccountView named = new AccountView(5, "x", "x@example.com", "customer", "", "", "Tom & \"Jerry\" <b>'s", "");

        assertEquals("Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#039;s",
                serialize(LoginResponse.from(named, Map.of(), false)).getString("display_name"));
    }

    private JsonObject serialize(LoginResponse response) {
        return Captures.parse(jsonb.toJson(response));
    }
}
