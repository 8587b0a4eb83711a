package org.headlesscart.console.orders;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.order.boundary.OrderAdminService;
import org.headlesscart.order.model.OrderPage;
import org.headlesscart.order.model.OrderQuery;
import org.headlesscart.order.model.OrderStatus;
import org.primefaces.component.datatable.DataTable;

/**
 * The orders list (console/orders/index.xhtml): WooCommerce's filters (status, customer, dates, search) through the
 * same boundary and query as wc/v3/orders, paged and sorted in the database by {@link OrderRows}. The filters
 * apply when the form is sent; the table then starts again at its first page.
 */
@Named
@ViewScoped
public class OrdersList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TRASH = "trash";

    @EJB
    OrderAdminService orders;

    @EJB
    CatalogService catalog;

    private OrderFormat format;
    private final OrderRows rows = new OrderRows(this);

    private String status = "";
    private String search;
    private Long customer;
    private LocalDate from;
    private LocalDate to;
    /** The filters as last applied: the table pages through these, not through half-typed ones. */
    private OrderQuery applied;

    @PostConstruct
    void init() {
        format = OrderFormat.of(catalog.storeDetails());
        applied = query(1, 1, "date", false);
    }

    /** Applies the filters; a date range that ends before it starts is refused next to its end. */
    public void apply() {
        if (from != null && to != null && to.isBefore(from)) {
            FacesContext.getCurrentInstance().addMessage("filters:to", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The end date is before the start date.", null));
            return;
        }
        applied = query(1, 1, "date", false);
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("orders-form:orders");
        if (table != null) {
            table.setFirst(0);
        }
    }


    long count() {
        return orders.count(applied);
    }

    OrderPage page(int page, int perPage, String orderBy, boolean ascending) {
        OrderQuery a = applied;
        return orders.list(new OrderQuery(page, perPage, a.statuses(), a.trash(), a.customer(), null, a.after(),
                a.before(), null, null, a.search(), List.of(), List.of(), orderBy, ascending));
    }

    private OrderQuery query(int page, int perPage, String orderBy, boolean ascending) {
        List<OrderStatus> statuses = OrderStatus.of(status).map(List::of).orElse(List.of());
        return new OrderQuery(page, perPage, statuses, TRASH.equals(status), customer, null, format.startOf(from),
                to == null ? null : format.startOf(to.plusDays(1)), null, null,
                search == null || search.isBlank() ? null : search.strip(), List.of(), List.of(), orderBy, ascending);
    }

    OrderFormat format() {
        return format;
    }

    public OrderRows getRows() {
        return rows;
    }

    public List<OrderStatus> getStatuses() {
        return Arrays.asList(OrderStatus.values());
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getCustomer() {
        return customer;
    }

    public void setCustomer(Long customer) {
        this.customer = customer;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
