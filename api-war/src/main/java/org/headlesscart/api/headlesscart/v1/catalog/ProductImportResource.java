package org.headlesscart.api.headlesscart.v1.catalog;

import java.io.InputStream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.headlesscart.v1.HeadlessCartV1;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.catalog.boundary.CatalogImportService;

/** Product imports, for administrators and shop managers: the body is the file itself, no multipart form. */
@RequestScoped
@Path(HeadlessCartV1.NAMESPACE + "/import")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Catalog admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class ProductImportResource {

    @EJB
    CatalogImportService imports;

    @POST
    @Path("woocommerce")
    @Consumes({HeadlessCartV1.CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importWooCommerceCsv",
            summary = "Import a WooCommerce product CSV export; 200 with the report (a bad row is a problem in "
            + "it, not an error); 401 cocart_rest_cannot_view without credentials, 401 cocart_authentication_error "
            + "with wrong ones")
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public ImportResponse woocommerce(InputStream csv) {
        return ImportResponse.from(imports.importWooCommerceCsv(csv));
    }
}
