package org.headlesscart.api.error;

/**
 * A refusal the API itself decides, with its CoCart code and HTTP status (e.g. 404
 * {@code cocart_no_carts_in_session}); answered in the one envelope by {@link ApiRefusalMapper}.
 */
public class ApiRefusal extends RuntimeException {

    private final int status;
    private final String code;

    public ApiRefusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
