package org.headlesscart.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The hand-written part of {@code /openapi}: the components that no Java type describes (the error envelope and
 * its responses, the cart, the request bodies, the answers of some admin routes, the security schemes). MicroProfile OpenAPI merges the annotations
 * of the resources into this model ({@code mp.openapi.model.reader}); {@link OpenApiFilter} then tidies the
 * result. The headers and parameters of the cart stay in {@code HeadlessCartApi}'s {@code @OpenAPIDefinition}.
 */
public class OpenApiModel implements OASModelReader {

    @Override
    public OpenAPI buildModel() {
        Components components = OASFactory.createComponents();
        components.addSchema(ErrorDocs.SCHEMA, ErrorDocs.schema());
        CartDocs.schemas().forEach(components::addSchema);
        RequestDocs.schemas().forEach(components::addSchema);
        ResponseDocs.schemas().forEach(components::addSchema);
        ErrorDocs.responses().forEach(components::addResponse);
        ResponseDocs.responses().forEach(components::addResponse);
        RequestDocs.bodies().forEach(components::addRequestBody);
        SecurityDocs.schemes().forEach(components::addSecurityScheme);
        return OASFactory.createOpenAPI().components(components);
    }
}
