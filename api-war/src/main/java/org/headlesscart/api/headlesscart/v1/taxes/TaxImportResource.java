package org.headlesscart.api.headlesscart.v1.taxes;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
import org.headlesscart.pricing.boundary.TaxImportService;
import org.headlesscart.pricing.model.TaxImportReport;

/**
 * Imports WooCommerce's tax rate CSV (docs/tax-and-shipping-admin.md), for administrators and shop managers: the
 * body is the file itself. Answers 200 with what was imported and what was refused, row by row.
 */
@RequestScoped
@Path(HeadlessCartV1.NAMESPACE + "/taxes/import")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Tax and shipping admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class TaxImportResource {

    @EJB
    TaxImportService imports;

    @POST
    @Consumes({HeadlessCartV1.CSV, MediaType.TEXT_PLAIN})
    @Operation(operationId = "importTaxRatesCsv", summary = "Import a WooCommerce tax rate CSV: 200 with the "
            + "report (a bad row is refused in it, not an error); 413 cocart_request_too_large past the row limit")
    @APIResponse(responseCode = "413", ref = ErrorDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Report importCsv(String csv) {
        return Report.from(imports.importCsv(csv == null ? "" : csv));
    }

    /** The import's answer: counts, the new rate ids, and each refused row's line and reason. */
    @JsonbPropertyOrder({"rows", "imported", "refused", "ids", "problems"})
    public record Report(int rows, int imported, int refused, List<Long> ids, List<Problem> problems) {

        static Report from(TaxImportReport report) {
            return new Report(report.rows(), report.imported().size(), report.refused().size(), report.imported(),
                    report.refused().stream().map(r -> new Problem(r.line(), r.reason())).toList());
        }
    }

    @JsonbPropertyOrder({"line", "reason"})
    public record Problem(int line, String reason) {
    }
}
