package org.headlesscart.console.customers;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.CustomerAdminService;
import org.headlesscart.customer.model.CustomerDraft;
import org.headlesscart.customer.model.CustomerView;

/**
 * The new-customer form: e-mail, optional username (else made from the e-mail, as the API makes it), names and a
 * password that passes the registration strength rule. A refusal is shown next to its field and keeps the input;
 * a created customer opens on their page.
 */
@Named
@ViewScoped
public class CustomerCreate implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CustomerAdminService customers;

    private String email;
    private String username;
    private String firstName;
    private String lastName;
    private String password;

    public String create() {
        String login = username == null || username.isBlank() ? null : username.strip();
        try {
            CustomerView made = customers.createWithStrongPassword(new CustomerDraft(email == null ? "" : email.strip(),
                    firstName == null ? "" : firstName.strip(), lastName == null ? "" : lastName.strip(), login,
                    password == null ? "" : password, null, null));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            CustomerForms.info(null, "Created customer " + made.username() + ".");
            return "/console/customers/customer?faces-redirect=true&id=" + made.id();
        } catch (AccountException refused) {
            CustomerForms.refused("new-customer", refused);
            return null;
        }
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
