package org.headlesscart.api.wc.v3;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.headlesscart.v1.HeadlessCartV1;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.webhook.boundary.WebhookRelay;

/**
 * Runs the webhook relay now, beside the timer ({@code headlesscart/v1/webhooks/relay}): what is due is delivered
 * at once, and any number of runs may go together (docs/webhooks.md). Staff only.
 */
@RequestScoped
@Path(HeadlessCartV1.NAMESPACE + "/webhooks/relay")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Webhooks admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class WebhookRelayResource {

    @EJB
    WebhookRelay relay;

    @Inject
    WebhookPayloads payloads;

    @POST
    @Operation(operationId = "headlesscartWebhooksRelay", summary = "Deliver what is due now; answers how many "
            + "deliveries were attempted")
    public Map<String, Integer> run() {
        return Map.of("attempted", relay.run(payloads));
    }
}
