package org.headlesscart.api;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.headlesscart.api.cocart.v2.cart.CartHeaderDocs;
import org.headlesscart.api.openapi.CartDocs;

/**
 * The REST application. WordPress serves its REST API under {@code /wp-json}, so we do too: with the WAR at
 * context root {@code /}, our URLs are CoCart's and a storefront only changes the host.
 *
 * <p>The OpenAPI components here are the cart's headers (docs/carts-and-identity.md, docs/conditional-writes.md),
 * described once and referred to by the cart routes through {@link CartHeaderDocs}; the other
 * hand-written components are {@code api.openapi}'s (docs/openapi.md).
 */
@ApplicationPath("wp-json")
@OpenAPIDefinition(info = @Info(title = "Headless Cart", version = "0.1.0",
        description = "CoCart REST API v2 compatible cart and catalog API"),
        components = @Components(
                parameters = {
                    @Parameter(name = CartHeaderDocs.CART_KEY, in = ParameterIn.HEADER,
                            description = "The cart key a previous answer gave (also accepted as the Cart-Key header "
                                    + "or the cart_key parameter); without one a guest write starts a new cart.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = CartHeaderDocs.IF_MATCH, in = ParameterIn.HEADER,
                            description = "Apply the request only if the cart still has this strong ETag (or, for *, "
                                    + "exists); else 412 cocart_cart_modified with the cart as it is in data.cart.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = CartHeaderDocs.IF_NONE_MATCH, in = ParameterIn.HEADER,
                            description = "304 without a body while the cart still has one of these tags.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = CartHeaderDocs.IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
                            description = "1 to 255 visible ASCII characters, a new random UUID per user action: the "
                                    + "same request sent again within 24 hours gets the first answer and is not "
                                    + "applied again; the key with another request is 422 "
                                    + "cocart_idempotency_key_reused.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
                },
                headers = {
                    @Header(name = CartHeaderDocs.ETAG, description = "Strong tag of the cart shown; send it as "
                            + "If-Match or If-None-Match.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = CartHeaderDocs.CART_KEY, description = "The cart's key (Cart-Key too).",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = CartHeaderDocs.EXPIRING, description = "When the cart starts expiring, Unix "
                            + "seconds.", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = CartHeaderDocs.EXPIRATION, description = "When the cart expires, Unix seconds.",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = CartHeaderDocs.REPLAYED, description = "true: the answer kept for this "
                            + "Idempotency-Key, sent again; nothing was applied.",
                            schema = @Schema(type = SchemaType.STRING))
                },
                responses = @APIResponse(name = CartHeaderDocs.CART_ANSWER, description = "The cart (or what the "
                        + "route's return_* parameter asks for), with its headers.",
                        content = @Content(mediaType = "application/json", schema = @Schema(ref = CartDocs.CART)),
                        headers = {
                            @Header(name = CartHeaderDocs.ETAG, ref = CartHeaderDocs.ETAG),
                            @Header(name = CartHeaderDocs.CART_KEY, ref = CartHeaderDocs.CART_KEY),
                            @Header(name = CartHeaderDocs.EXPIRING, ref = CartHeaderDocs.EXPIRING),
                            @Header(name = CartHeaderDocs.EXPIRATION, ref = CartHeaderDocs.EXPIRATION),
                            @Header(name = CartHeaderDocs.REPLAYED, ref = CartHeaderDocs.REPLAYED)
                        })))
public class HeadlessCartApi extends Application {

    /**
     * No WADL: an {@code OPTIONS} request is answered with the route's {@code Allow} header, never an XML document.
     * (A request Jersey refuses before any filter or mapper, such as one with two {@code Content-Type} headers, is
     * handed to the web container's error page, {@code ErrorServlet}, which answers it in the envelope.)
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
