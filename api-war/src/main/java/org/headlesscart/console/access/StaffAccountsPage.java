package org.headlesscart.console.access;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.headlesscart.console.security.ConsoleUser;
import org.headlesscart.customer.boundary.StaffException;
import org.headlesscart.customer.boundary.StaffService;
import org.headlesscart.customer.model.StaffDraft;
import org.headlesscart.customer.model.StaffView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /console/access/staff.xhtml}: the staff list (paged in the database), a new staff account, and one
 * account's role and password. Refusals are shown next to the field they concern and the input stays; a form that
 * read an account someone changed meanwhile says so, shows the account as it is now, and keeps the choice, so that
 * saving again applies it knowingly. Passwords are cleared after every action and never logged.
 */
@Named
@ViewScoped
public class StaffAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> CREATE_FIELDS = Map.of("email", "create:email", "username",
            "create:username", "first_name", "create:first-name", "last_name", "create:last-name", "role",
            "create:role", "password", "create:password");

    @EJB
    StaffService staff;

    @Inject
    ConsoleUser user;

    @Inject
    AdministratorCheck check;

    private StaffList list;

    // The new account's form.
    private String email;
    private String username;
    private String firstName;
    private String lastName;
    private String role = "shop_manager";
    private String password;

    // One account's form: the account as last read, and the input.
    private StaffView editing;
    private String newRole;
    private String newPassword;

    @PostConstruct
    void init() {
        list = new StaffList(staff);
    }

    public void create() {
        if (!check.allowed()) {
            return;
        }
        try {
            StaffView made = staff.create(new StaffDraft(email, username, firstName, lastName, role, password),
                    user.getId());
            FieldMessages.outcome("Staff account " + made.username() + " (" + Roles.label(made.role())
                    + ") created. They can sign in now.");
            email = username = firstName = lastName = null;
            role = "shop_manager";
        } catch (StaffException e) {
            refused(e, CREATE_FIELDS, "create:email");
        } finally {
            password = null;
        }
    }

    /** Opens one account's form (the row's "Manage" button). */
    public void edit(long id) {
        if (!check.allowed()) {
            return;
        }
        try {
            editing = staff.get(id);
            newRole = editing.role();
            newPassword = null;
        } catch (StaffException e) {
            editing = null;
            FieldMessages.failure("This account is no longer a staff account.");
        }
    }

    public void cancel() {
        editing = null;
        newPassword = null;
    }

    public void saveRole() {
        if (editing == null || !check.allowed()) {
            return;
        }
        try {
            StaffView was = editing;
            editing = staff.changeRole(was.id(), was.version(), newRole, user.getId());
            FieldMessages.outcome(was.role().equals(editing.role()) ? editing.username() + " is already "
                    + Roles.label(editing.role()).toLowerCase() + ": nothing changed."
                    : editing.username() + " is now " + Roles.label(editing.role()).toLowerCase() + ".");
            if (!StaffService.isStaffRole(editing.role())) {
                editing = null;                              // no longer on the staff list
            }
        } catch (StaffException e) {
            refused(e, Map.of("role", "edit:role"), "edit:role");
        }
    }

    public void resetPassword() {
        if (editing == null || !check.allowed()) {
            return;
        }
        try {
            editing = staff.resetPassword(editing.id(), editing.version(), newPassword, user.getId());
            FieldMessages.outcome("The password of " + editing.username()
                    + " is set. Their app sessions (refresh tokens) were ended.");
        } catch (StaffException e) {
            refused(e, Map.of("password", "edit:password"), "edit:password");
        } finally {
            newPassword = null;
        }
    }

    private void refused(StaffException e, Map<String, String> fields, String fieldId) {
        switch (e.failure()) {
            case INVALID_FIELDS -> {
                FieldMessages.show(e.fields(), fields, fieldId);
                FieldMessages.status(400);
            }
            case LAST_ADMINISTRATOR -> {
                FieldMessages.error(fieldId, editing.username() + " is the last administrator: the store needs one. "
                        + "Make another account administrator first.");
                FieldMessages.status(409);
            }
            case STALE -> {
                reread();
                FieldMessages.error(fieldId, "Someone changed this account since you opened it; it is shown as it "
                        + "is now. Your input is kept: submit again to apply it.");
                FieldMessages.status(409);
            }
            case NOT_FOUND, NOT_STAFF -> {
                editing = null;
                FieldMessages.failure("This account is no longer a staff account; nothing was changed.");
                FieldMessages.status(409);
            }
            case NOT_ADMINISTRATOR -> check.forbid();
        }
    }

    private void reread() {
        try {
            editing = staff.get(editing.id());
        } catch (StaffException gone) {
            editing = null;
        }
    }

    public LazyDataModel<StaffView> getList() {
        return list;
    }

    public List<String> getRoles() {
        return List.of("shop_manager", "administrator");
    }

    /** A staff account's role can also become "customer": the account stays, without console access. */
    public List<String> getEditRoles() {
        return List.of("shop_manager", "administrator", "customer");
    }

    public String roleLabel(String name) {
        return Roles.label(name);
    }

    public StaffView getEditing() {
        return editing;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewRole() {
        return newRole;
    }

    public void setNewRole(String newRole) {
        this.newRole = newRole;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    /** The staff list, a page at a time from the database. */
    static final class StaffList extends LazyDataModel<StaffView> {

        private static final long serialVersionUID = 1L;
        private final StaffService staff;

        StaffList(StaffService staff) {
            this.staff = staff;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) staff.list(0, 1).total();
        }

        @Override
        public List<StaffView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            var page = staff.list(first, pageSize);
            setRowCount((int) page.total());
            return page.staff();
        }

        @Override
        public String getRowKey(StaffView row) {
            return String.valueOf(row.id());
        }

        @Override
        public StaffView getRowData(String rowKey) {
            List<StaffView> rows = getWrappedData();
            return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
