package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-CORS with {@code *} in the list: any origin may read, but only a listed one with credentials. The bundle gets
 * its own config file with an ordinal above the environment's (300), so this class can differ from the shared
 * failsafe environment whatever {@code -Dit.test} selects.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CorsWildcardOnMicroIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle().addAsResource(new StringAsset("config_ordinal=500\n"
                + "headlesscart.api.cors.allowed-origins=" + CorsContract.SHOP + ",*\n"
                + "headlesscart.api.cors.max-age=120\n"), "META-INF/microprofile-config.properties");
    }

    @Test
    void anUnlistedOriginGetsTheWildcardWithoutCredentials() {
        Http http = new Http(base);
        HttpResponse<String> preflight = CorsContract.preflight(http, "POST", CorsContract.V2 + "cart/add-item", CorsContract.STRANGER);
        HttpResponse<String> products = CorsContract.send(http, "GET", CorsContract.V2 + "products?per_page=1",
                CorsContract.STRANGER, null);
        System.out.println("CORS (*) preflight POST /" + CorsContract.V2 + "cart/add-item from " + CorsContract.STRANGER
                + " -> " + preflight.statusCode() + " " + CorsContract.corsHeaders(preflight));

        assertEquals(200, preflight.statusCode());
        assertEquals("*", CorsContract.header(preflight, "Access-Control-Allow-Origin"));
        assertEquals("", CorsContract.header(preflight, "Access-Control-Allow-Credentials"));
        assertEquals("120", CorsContract.header(preflight, "Access-Control-Max-Age"), "max age from configuration");
        assertEquals("*", CorsContract.header(products, "Access-Control-Allow-Origin"));
        assertEquals("", CorsContract.header(products, "Access-Control-Allow-Credentials"));
        assertTrue(CorsContract.list(products, "Access-Control-Expose-Headers").contains("X-WP-Total"));
    }

    @Test
    void aListedOriginStillGetsItselfWithCredentials() {
        HttpResponse<String> products = CorsContract.send(new Http(base), "GET", CorsContract.V2 + "products?per_page=1",
                CorsContract.SHOP, null);

        CorsContract.assertGranted(products);
    }
}
