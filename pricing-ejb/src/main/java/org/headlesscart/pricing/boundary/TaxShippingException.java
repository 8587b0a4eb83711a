package org.headlesscart.pricing.boundary;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/** The tax and shipping admin's refusal; an application exception, so it crosses the EJB proxy unwrapped. */
@ApplicationException(rollback = true)
public class TaxShippingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TaxShippingFailure failure;
    private final Map<String, String> fields;

    public TaxShippingException(TaxShippingFailure failure, String message) {
        this(failure, message, Map.of());
    }

    /** @param fields for {@link TaxShippingFailure#INVALID_FIELDS}: each field's problem, keyed by the field */
    public TaxShippingException(TaxShippingFailure failure, String message, Map<String, String> fields) {
        super(message, null, false, false);
        this.failure = failure;
        this.fields = Map.copyOf(fields);
    }

    public TaxShippingFailure failure() {
        return failure;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
