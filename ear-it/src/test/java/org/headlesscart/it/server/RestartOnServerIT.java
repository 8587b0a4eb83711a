package org.headlesscart.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.headlesscart.it.Http;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The same EAR deployed twice on one database, as an operator redeploys or restarts the server: the second start
 * finds the schema migrated and the demo store loaded, and applies, loads and duplicates nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartOnServerIT {

    private static final String APP = "restart";
    /** The test domain's HTTP listener (on a port the build chose), where the EAR's context root / lives. */
    private static final URI SERVER =
            URI.create("http://localhost:" + ServerPorts.fromSystemProperty().port("http") + "/");

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.earWithFixtures();
    }

    @Test
    void redeployingOnAMigratedDatabaseDuplicatesNothing() throws Exception {
        deployer.deploy(APP);
        JsonObject first = demoReport();
        deployer.undeploy(APP);

        deployer.deploy(APP);
        JsonObject second = demoReport();
        deployer.undeploy(APP);

        assertEquals(4, second.getInt("account_count"), "demo accounts are created once");
        assertEquals(first.getInt("published_products"), second.getInt("published_products"),
                "the demo catalog is loaded once");
        assertEquals(first.getJsonObject("customer").getInt("id"), second.getJsonObject("customer").getInt("id"));
    }

    private static JsonObject demoReport() throws Exception {
        HttpResponse<String> response = new Http(SERVER.toURL()).get(SERVER.resolve("wp-json/headlesscart-test/demo"));
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response);
    }
}
