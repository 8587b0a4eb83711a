package org.headlesscart.console.orders;

import java.io.Serializable;

import org.headlesscart.order.model.AdminOrderView;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderView;

/** One row of the orders list, formatted for the page. */
public record OrderRow(long id, String number, String status, String statusLabel, String customer, String email,
        String date, int items, String total) implements Serializable {

    static OrderRow of(AdminOrderView admin, OrderFormat format) {
        OrderView o = admin.order();
        OrderAddress b = o.billing();
        String name = (b.firstName() + " " + b.lastName()).strip();
        return new OrderRow(o.id(), o.number(), admin.trashed() ? "trash" : o.status().wire(),
                admin.trashed() ? "Trash" : o.status().label(), name.isEmpty() ? (o.customerId() == 0 ? "Guest"
                        : "Customer " + o.customerId()) : name, b.email(), format.time(o.createdAt()),
                o.itemCount(), format.money(o.totals().total()));
    }
}
