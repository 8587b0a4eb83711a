package org.headlesscart.console.customers;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.customer.boundary.CustomerAdminService;
import org.headlesscart.customer.model.CustomerPage;
import org.headlesscart.customer.model.CustomerQuery;
import org.headlesscart.customer.model.CustomerView;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The customers list: search and role filter, sorted and paged in the database by the boundary the
 * {@code wc/v3/customers} route uses (two statements a page: the count and the rows).
 */
@Named
@ViewScoped
public class CustomerList implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The roles the filter offers, WooCommerce's names; "all" lists every account. */
    static final List<String> ROLES = List.of("customer", "shop_manager", "administrator", "all");

    @EJB
    transient CustomerAdminService customers;

    private String search = "";
    private String role = "customer";
    private final Customers model = new Customers();

    public LazyDataModel<CustomerView> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null ? "" : search.strip();
    }

    public String getRole() {
        return role;
    }

    /** An unknown role (a forged POST) lists customers, as the API's default. */
    public void setRole(String role) {
        this.role = ROLES.contains(role) ? role : "customer";
    }

    public List<String> getRoles() {
        return ROLES;
    }

    /** The search box's and role filter's action: the table starts again at its first page. */
    public void apply() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":list:customers") instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    public String time(Instant instant) {
        return Shown.time(instant);
    }

    CustomerPage load(int first, int pageSize, CustomerQuery.Order order, boolean descending) {
        int perPage = Math.max(1, Math.min(100, pageSize));
        return customers.list(new CustomerQuery(first / perPage + 1, perPage, "all".equals(role) ? null : role,
                search.isEmpty() ? null : search, null, order, descending));
    }

    /**
     * The table's rows, one page at a time. PrimeFaces asks the count before the page (to bring the page into
     * range), so the count is a boundary call of its own: one row and the count.
     */
    final class Customers extends LazyDataModel<CustomerView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE,
                    CustomerList.this.load(0, 1, CustomerQuery.Order.ID, false).total());
        }

        @Override
        public List<CustomerView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            CustomerQuery.Order order = CustomerQuery.Order.NAME;
            boolean descending = false;
            for (SortMeta sort : sortBy.values()) {
                order = switch (sort.getField()) {
                    case "id" -> CustomerQuery.Order.ID;
                    case "createdAt" -> CustomerQuery.Order.REGISTERED_DATE;
                    default -> CustomerQuery.Order.NAME;
                };
                descending = sort.getOrder() == SortOrder.DESCENDING;
            }
            CustomerPage page = CustomerList.this.load(first, pageSize, order, descending);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.customers();
        }

        @Override
        public String getRowKey(CustomerView customer) {
            return Long.toString(customer.id());
        }
    }
}
