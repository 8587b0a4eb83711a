package org.headlesscart.catalog.boundary;

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

    CatalogException(CatalogFailure failure, String message, String detail) {
        super(message);
        this.failure = failure;
        this.detail = detail;
    }

    public CatalogFailure failure() {
        return failure;
    }

    /** What the request named (an id, a SKU); for logs. */
    public String detail() {
        return detail;
    }
}
