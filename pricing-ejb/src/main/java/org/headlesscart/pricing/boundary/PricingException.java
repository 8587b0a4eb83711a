package org.headlesscart.pricing.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when a pricing rule refuses an admin request. As an application exception it crosses the EJB proxy
 * unwrapped (so the WAR's mapper sees it) and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class PricingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PricingFailure failure;
    private final String detail;
    private final Map<String, String> fields;

    PricingException(PricingFailure failure, String message, String detail, Map<String, String> fields) {
        super(message);
        this.failure = failure;
        this.detail = detail;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public PricingFailure failure() {
        return failure;
    }

    /** What the request named (an id, a code); for logs. */
    public String detail() {
        return detail;
    }

    /** For {@link PricingFailure#INVALID_FIELDS}: each bad field and what is wrong with it. */
    public Map<String, String> fields() {
        return fields;
    }
}
