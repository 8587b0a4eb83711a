package org.headlesscart.api.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/** The bodies of the orders admin's writes ({@code OrderRequest}): orders, their batch, notes and refunds. */
final class OrderRequestDocs {

    static final String ORDER = "OrderWrite";
    static final String ORDERS_BATCH = "OrdersBatchWrite";
    static final String ORDER_NOTE = "OrderNoteWrite";
    static final String ORDER_REFUND = "OrderRefundWrite";

    private OrderRequestDocs() {
    }

    static void addTo(Map<String, Schema> schemas) {
        schemas.put(ORDER, order());
        schemas.put(ORDERS_BATCH, Schemas.object("At most 100 items in all.")
                .addProperty("create", Schemas.array(Schemas.ref(ORDER), null))
                .addProperty("update", Schemas.array(Schemas.ref(ORDER), "Each with its id."))
                .addProperty("delete", Schemas.array(Schemas.integer(null), "Ids; deleted for good.")));
        schemas.put(ORDER_NOTE, Schemas.object("A note on the order.")
                .addProperty("note", Schemas.string("Required."))
                .addProperty("customer_note", Schemas.bool("Shown to the customer too; default false."))
                .required(List.of("note")));
        schemas.put(ORDER_REFUND, Schemas.object("A refund: an amount and/or lines.")
                .addProperty("amount", Schemas.string("Decimal; default the lines' refund totals and taxes."))
                .addProperty("reason", Schemas.string(null))
                .addProperty("api_refund", Schemas.bool("Refund through the gateway (default true); false for a "
                        + "manual refund."))
                .addProperty("restock_items", Schemas.bool("Put the refunded quantities back in stock."))
                .addProperty("line_items", Schemas.array(Schemas.object(null)
                        .addProperty("id", Schemas.integer("The order's line item id."))
                        .addProperty("quantity", Schemas.integer(null))
                        .addProperty("refund_total", Schemas.string("Decimal, without tax."))
                        .addProperty("refund_tax", Schemas.array(Schemas.object(null)
                                .addProperty("id", Schemas.integer("Tax rate id."))
                                .addProperty("refund_total", Schemas.string(null)), null)), null)));
    }

    private static Schema order() {
        Schema address = Schemas.object("WooCommerce's address fields; only those sent change.")
                .addProperty("first_name", Schemas.string(null))
                .addProperty("last_name", Schemas.string(null))
                .addProperty("company", Schemas.string(null))
                .addProperty("address_1", Schemas.string(null))
                .addProperty("address_2", Schemas.string(null))
                .addProperty("city", Schemas.string(null))
                .addProperty("state", Schemas.string(null))
                .addProperty("postcode", Schemas.string(null))
                .addProperty("country", Schemas.string("ISO 3166-1 alpha-2."))
                .addProperty("email", Schemas.string("Billing only."))
                .addProperty("phone", Schemas.string(null));
        return Schemas.object("An order's fields, as WooCommerce's REST API v3; lines only on create.")
                .addProperty("status", Schemas.string("pending (default), processing, on-hold, completed, "
                        + "cancelled, refunded, failed or trash."))
                .addProperty("customer_id", Schemas.integer("0 for a guest."))
                .addProperty("billing", address)
                .addProperty("shipping", address)
                .addProperty("payment_method", Schemas.string(null))
                .addProperty("payment_method_title", Schemas.string(null))
                .addProperty("transaction_id", Schemas.string(null))
                .addProperty("customer_note", Schemas.string(null))
                .addProperty("set_paid", Schemas.bool("Mark paid: stock sold, status processing."))
                .addProperty("line_items", Schemas.array(Schemas.object(null)
                        .addProperty("product_id", Schemas.integer(null))
                        .addProperty("variation_id", Schemas.integer(null))
                        .addProperty("quantity", Schemas.integer("At least 1.")), "Priced from the catalog."))
                .addProperty("shipping_lines", Schemas.array(Schemas.object(null)
                        .addProperty("method_id", Schemas.string(null))
                        .addProperty("method_title", Schemas.string(null))
                        .addProperty("total", Schemas.string("Decimal, untaxed.")), null))
                .addProperty("fee_lines", Schemas.array(Schemas.object(null)
                        .addProperty("name", Schemas.string(null))
                        .addProperty("tax_class", Schemas.string(null))
                        .addProperty("tax_status", Schemas.string("taxable (default) or none."))
                        .addProperty("total", Schemas.string("Decimal; negative for a discount.")), null))
                .addProperty("coupon_lines", Schemas.array(Schemas.object(null)
                        .addProperty("code", Schemas.string(null)), "Published coupons, applied to the lines."));
    }
}
