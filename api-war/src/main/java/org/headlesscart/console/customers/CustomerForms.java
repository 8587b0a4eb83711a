package org.headlesscart.console.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.model.CustomerAddressRules;

/**
 * What the create and edit forms share: the address fields in WooCommerce's order, the checks that place a message
 * next to each address field, and the boundary's refusals turned into messages next to the field they are about.
 */
final class CustomerForms {

    static final List<String> BILLING = List.of("first_name", "last_name", "company", "address_1", "address_2", "city",
            "state", "postcode", "country", "email", "phone");
    static final List<String> SHIPPING = List.of("first_name", "last_name", "company", "address_1", "address_2",
            "city", "state", "postcode", "country", "phone");

    private CustomerForms() {
    }

    /** An address to edit: every field present (blank when unset), so the form can bind each. */
    static Map<String, String> editable(List<String> fields, Map<String, String> stored) {
        Map<String, String> address = new LinkedHashMap<>();
        fields.forEach(field -> address.put(field, stored == null ? "" : stored.getOrDefault(field, "")));
        return address;
    }

    /** The address as sent: trimmed values. */
    static Map<String, String> sent(Map<String, String> address) {
        Map<String, String> sent = new LinkedHashMap<>();
        address.forEach((field, value) -> sent.put(field, value == null ? "" : value.strip()));
        return sent;
    }

    /**
     * The address rules' problems, each placed next to its field ({@code form:billing-postcode}); whether there
     * were any. The boundary checks them again: this only says which field a problem is about.
     */
    static boolean addressProblems(String form, Map<String, String> billing, Map<String, String> shipping) {
        Map<String, String> fields = new LinkedHashMap<>();
        billing.forEach((field, value) -> fields.put("billing_" + field, value));
        shipping.forEach((field, value) -> fields.put("shipping_" + field, value));
        Map<String, String> problems = CustomerAddressRules.problems(fields);
        problems.forEach((field, problem) -> error(form + ":" + field.replaceFirst("_", "-").replace('_', '-'),
                problem));
        return !problems.isEmpty();
    }

    /** The boundary's refusal next to the field it is about; else at the top of the form. */
    static void refused(String form, AccountException refusal) {
        switch (refusal.failure()) {
            case INVALID_EMAIL -> error(form + ":email", "Enter a valid e-mail address (at most 100 characters).");
            case EMAIL_EXISTS -> error(form + ":email", "Another account already uses this e-mail address.");
            case INVALID_USERNAME -> error(form + ":username",
                    "Use letters, digits, spaces and . - _ @ only (WordPress's username characters).");
            case USERNAME_EXISTS -> error(form + ":username", "Another account already uses this username.");
            case MISSING_PASSWORD -> error(form + ":password", "Enter a password.");
            case INVALID_FIELDS -> refusal.fields().forEach((field, problem) -> {
                switch (field) {
                    case "first_name" -> error(form + ":first-name", problem);
                    case "last_name" -> error(form + ":last-name", problem);
                    case "password" -> error(form + ":password", problem);
                    case "billing" -> error(null, "Billing address: " + problem);
                    case "shipping" -> error(null, "Shipping address: " + problem);
                    default -> error(null, problem);
                }
            });
            case STALE_ACCOUNT -> error(null, "This customer was changed by someone else after you"
                    + " opened the page. Nothing was saved and your input is kept: reload the page to see the"
                    + " current values, then make your change again.");
            case NOT_EDITABLE -> error(null,
                    "Staff accounts are read-only here: only customers can be changed.");
            case CUSTOMER_NOT_FOUND -> error(null, "This account no longer exists.");
            default -> error(null, "The change was refused: " + refusal.getMessage() + ".");
        }
    }

    /** A message next to the component with this client id ({@code h:message for} it); null: the form's. */
    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    static void info(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
