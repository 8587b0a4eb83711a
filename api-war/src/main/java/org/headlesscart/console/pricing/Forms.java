package org.headlesscart.console.pricing;

import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages next to fields, and the small parsers the Pricing forms share. */
final class Forms {

    private Forms() {
    }

    /** An error next to the component with this client id ({@code h:message for} it); null: the form's. */
    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void keepMessagesOverRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Comma- or space-separated whole numbers; null and an error next to the field when one is not. */
    static List<Long> ids(String clientId, String value) {
        List<Long> ids = new ArrayList<>();
        for (String part : text(value).split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                long id = Long.parseLong(part);
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                error(clientId, "Enter ids (whole numbers above 0) separated by commas; '" + part + "' is not one.");
                return null;
            }
        }
        return ids;
    }

    /** A whole number from {@code min}, or {@code blank} when empty; null and an error when it is not. */
    static Integer whole(String clientId, String value, int min, Integer blank) {
        String v = text(value);
        if (v.isEmpty()) {
            return blank;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(clientId, "Enter a whole number of at least " + min + ".");
        return null;
    }

    static String join(List<?> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }

    static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        for (String part : text(value).split("[,\\s]+")) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        return words;
    }
}
