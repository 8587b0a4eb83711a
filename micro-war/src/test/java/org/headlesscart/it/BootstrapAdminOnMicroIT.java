package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import jakarta.json.JsonArray;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first administrator of a production install (README "Deploy"), in the failsafe execution
 * {@code bootstrap-admin}: a database of its own, no demo store, and the two settings given as an operator gives
 * them, environment variables ({@code HEADLESSCART_BOOTSTRAP_ADMIN_EMAIL} / {@code …_PASSWORD}, which MicroProfile
 * Config maps to {@code headlesscart.bootstrap.admin-email} / {@code …admin-password}). Payara's output goes to a
 * file, where the test reads what the start logged.
 */
@Tag("bootstrap-admin")
@ExtendWith({ServerOutput.class, ArquillianExtension.class})
@RunAsClient
class BootstrapAdminOnMicroIT {

    /** The values the execution sets in the environment (micro-war/pom.xml). */
    static final String EMAIL = "owner@shop.example.test";
    static final String PASSWORD = "Harbour-Lantern-42";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }

    @Test
    void theAdministratorSignsInOnAnAdministratorsOnlyRoute() {
        HttpResponse<String> keys = get("wp-json/headlesscart/v1/api-keys", EMAIL + ":" + PASSWORD);
        HttpResponse<String> byUsername = get("wp-json/headlesscart/v1/api-keys", "owner:" + PASSWORD);
        HttpResponse<String> wrong = get("wp-json/headlesscart/v1/api-keys", EMAIL + ":Harbour-Lantern-43");

        assertEquals(200, keys.statusCode(), keys.body());
        assertEquals(200, byUsername.statusCode(), "the username made from the e-mail: " + byUsername.body());
        assertEquals(401, wrong.statusCode(), wrong.body());
    }

    @Test
    void thereIsExactlyOneAdministratorAndItIsTheConfiguredOne() {
        HttpResponse<String> admins = get("wp-json/wc/v3/customers?role=administrator", EMAIL + ":" + PASSWORD);

        assertEquals(200, admins.statusCode(), admins.body());
        JsonArray list = (JsonArray) Http.parse(admins.body());
        assertEquals(1, list.size(), admins.body());
        assertEquals(EMAIL, list.getJsonObject(0).getString("email"));
        assertEquals("administrator", list.getJsonObject(0).getString("role"));
    }

    @Test
    void theStartLoggedTheCreationButNeverThePassword() throws Exception {
        System.out.flush();
        String log = Files.readString(Path.of(System.getProperty("headlesscart.it.server-log")), StandardCharsets.UTF_8);

        assertTrue(log.contains("Bootstrap administrator created: " + EMAIL + " (username owner)"), "creation logged");
        assertFalse(log.contains(PASSWORD), "the password is never logged");
    }

    private HttpResponse<String> get(String path, String credentials) {
        Http http = new Http(base);
        return http.send(HttpRequest.newBuilder(http.at(path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).GET());
    }
}
