package org.headlesscart.order.control;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

import org.headlesscart.order.entity.OrderRefund;
import org.headlesscart.order.model.RefundView;

/** A refund's lines as stored in {@code order_refund.lines_json}: {@code [{line_id, quantity, total, total_tax}]}. */
public final class RefundJson {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private RefundJson() {
    }

    public static String lines(List<RefundView.Line> lines) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        lines.forEach(l -> array.add(JSON.createObjectBuilder().add("line_id", l.lineId())
                .add("quantity", l.quantity()).add("total", l.total()).add("total_tax", l.totalTax())));
        return array.build().toString();
    }

    public static List<RefundView.Line> lines(String json) {
        List<RefundView.Line> lines = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return lines;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            for (JsonObject o : reader.readArray().getValuesAs(JsonObject.class)) {
                lines.add(new RefundView.Line(o.getJsonNumber("line_id").longValue(), o.getInt("quantity"),
                        o.getJsonNumber("total").longValue(), o.getJsonNumber("total_tax").longValue()));
            }
        }
        return lines;
    }

    public static RefundView view(OrderRefund r) {
        return new RefundView(r.getId(), r.getOrderId(), r.getCreatedAt(), r.getAmount(), r.getReason(),
                r.getRefundedBy(), r.isRefundedPayment(), r.isRestocked(), lines(r.getLinesJson()));
    }
}
