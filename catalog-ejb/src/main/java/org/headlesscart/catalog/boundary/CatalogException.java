package org.headlesscart.catalog.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when a catalog rule refuses a request. As an application exception it crosses the EJB proxy unwrapped
 * (so the WAR's mapper sees it) and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final CatalogFailure failure;
    private final String detail;
    private final Map<String, String> fields;

    CatalogException(CatalogFailure failure, String message, String detail, Map<String, String> fields) {
        super(message);
        this.failure = failure;
        this.detail = detail;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** For {@link CatalogFailure#INVALID_FIELDS}: each bad field (its wire name) and what is wrong with it. */
    public Map<String, String> fields() {
        return fields;
    }

    public CatalogFailure failure() {
        return failure;
    }

    /** What the request named (an id, a SKU); for logs. */
    public String detail() {
        return detail;
    }
}
