package org.headlesscart.console.customers;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.cart.boundary.CartAdminService;
import org.headlesscart.cart.boundary.CartAdminService.SessionDetail;
import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.CustomerAdminService;
import org.headlesscart.customer.model.CustomerDraft;
import org.headlesscart.customer.model.CustomerView;
import org.headlesscart.order.boundary.OrderAdminService;
import org.headlesscart.order.model.AdminOrderView;
import org.headlesscart.order.model.OrderPage;
import org.headlesscart.order.model.OrderQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A customer's page ({@code customer.xhtml?id=N}): the account, their orders (paged in the database by the boundary
 * {@code wc/v3/orders?customer=N} uses), their cart (stored under their id), the edit form and the password reset.
 * The edit sends the time the account was read: a change made meanwhile is refused and the input kept.
 */
@Named
@ViewScoped
public class CustomerDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CustomerAdminService customers;

    @EJB
    transient OrderAdminService orders;

    @EJB
    transient CartAdminService carts;

    private String id;
    private CustomerView customer;
    private Instant readAt;
    private String email;
    private String firstName;
    private String lastName;
    private Map<String, String> billing;
    private Map<String, String> shipping;
    private String newPassword;
    private transient Optional<SessionDetail> cart;
    private final Orders orderModel = new Orders();

    /**
     * Reads the account named by the {@code id} parameter when the view is built; an unknown or malformed id shows
     * "no such customer" with status 404. (Read here rather than by a view parameter: the template has no metadata
     * section.)
     */
    @PostConstruct
    void load() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            customer = customers.get(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | AccountException e) {
            customer = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        fill(customer);
    }

    private void fill(CustomerView shown) {
        readAt = shown.modifiedAt();
        email = shown.email();
        firstName = shown.firstName();
        lastName = shown.lastName();
        billing = CustomerForms.editable(CustomerForms.BILLING, shown.billing());
        shipping = CustomerForms.editable(CustomerForms.SHIPPING, shown.shipping());
    }

    /** Saves names, e-mail and addresses; refused next to the fields, or as stale with the input kept. */
    public void save() {
        if (customer == null || !isEditable()) {
            CustomerForms.error(null, "Staff accounts are read-only here: only customers can be changed.");
            return;
        }
        if (CustomerForms.addressProblems("customer", CustomerForms.sent(billing), CustomerForms.sent(shipping))) {
            CustomerForms.error(null, "Nothing was saved: correct the fields marked below.");
            return;
        }
        try {
            customer = customers.update(customer.id(), new CustomerDraft(email == null ? "" : email.strip(),
                    strip(firstName), strip(lastName), null, null, CustomerForms.sent(billing),
                    CustomerForms.sent(shipping)), readAt);
            fill(customer);
            CustomerForms.info(null, "Saved the customer's details.");
        } catch (AccountException refused) {
            CustomerForms.refused("customer", refused);
        }
    }

    /** The staff sets a new password (the registration strength rule); the old one stops working at once. */
    public void resetPassword() {
        if (customer == null || !isEditable()) {
            CustomerForms.error("reset:password", "Staff accounts' passwords are not changed here.");
            return;
        }
        try {
            customer = customers.resetPassword(customer.id(), newPassword == null ? "" : newPassword);
            readAt = customer.modifiedAt();
            newPassword = null;
            CustomerForms.info("reset:password", "The password was changed; the customer's sign-ins on other"
                    + " devices end when their tokens expire.");
        } catch (AccountException refused) {
            CustomerForms.refused("reset", refused);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public boolean isFound() {
        return customer != null;
    }

    /** Customers only: staff accounts are read-only here, as in the admin API. */
    public boolean isEditable() {
        return customer != null && "customer".equals(customer.role());
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public String getCreated() {
        return customer == null ? "" : Shown.time(customer.createdAt());
    }

    public String getModified() {
        return customer == null ? "" : Shown.time(customer.modifiedAt());
    }

    /** The customer's cart (stored under their id), read once per request that shows it. */
    public SessionDetail getCart() {
        if (cart == null) {
            cart = customer == null ? Optional.empty() : carts.detail(Long.toString(customer.id()));
        }
        return cart.orElse(null);
    }

    public String cartTotal(SessionDetail detail) {
        return Shown.money(detail.cart().totals().total(), null);
    }

    public String lineTotal(long minor) {
        return Shown.money(minor, null);
    }

    public String time(Instant instant) {
        return Shown.time(instant);
    }

    public String orderTotal(AdminOrderView row) {
        return Shown.money(row.order().totals().total(), row.order().currency());
    }

    public LazyDataModel<AdminOrderView> getOrders() {
        return orderModel;
    }

    public List<String> getBillingFields() {
        return CustomerForms.BILLING;
    }

    public List<String> getShippingFields() {
        return CustomerForms.SHIPPING;
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Map<String, String> getBilling() {
        return billing;
    }

    public Map<String, String> getShipping() {
        return shipping;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    OrderPage orderPage(int first, int pageSize) {
        int perPage = Math.max(1, Math.min(100, pageSize));
        return orders.list(new OrderQuery(first / perPage + 1, perPage, List.of(), false, customer.id(), null, null,
                null, null, null, null, List.of(), List.of(), "date", false));
    }

    /** The customer's orders, newest first, a page at a time (the count is asked first, as PrimeFaces does). */
    final class Orders extends LazyDataModel<AdminOrderView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return customer == null ? 0 : (int) Math.min(Integer.MAX_VALUE, orderPage(0, 1).total());
        }

        @Override
        public List<AdminOrderView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return customer == null ? List.of() : orderPage(first, pageSize).orders();
        }

        @Override
        public String getRowKey(AdminOrderView row) {
            return Long.toString(row.order().id());
        }
    }
}
