package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@link ApiRefusal}s in the envelope, with their own status and code. */
@Provider
public class ApiRefusalMapper implements ExceptionMapper<ApiRefusal> {

    @Override
    public Response toResponse(ApiRefusal refusal) {
        return CoCartError.response(refusal.status(), refusal.code(), refusal.getMessage());
    }
}
