package org.headlesscart.console.access;

import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages next to a form's fields, and the page's outcome line. */
final class FieldMessages {

    private FieldMessages() {
    }

    /** Each problem next to its field: {@code fieldIds} maps the boundary's key to the field's client id. */
    static void show(Map<String, String> problems, Map<String, String> fieldIds, String fallbackId) {
        problems.forEach((field, problem) -> error(fieldIds.getOrDefault(field, fallbackId), problem));
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The outcome of an action, shown at the top of the page ({@code h:messages globalOnly}). */
    static void outcome(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void failure(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A refused form answers 400 (bad input) or 409 (stale, last administrator), as the API would. */
    static void status(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }
}
