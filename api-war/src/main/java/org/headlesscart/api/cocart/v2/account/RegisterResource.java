package org.headlesscart.api.cocart.v2.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.cocart.v2.cart.CartParams;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.ratelimit.RateGroup;
import org.headlesscart.api.ratelimit.RateLimited;
import org.headlesscart.customer.boundary.AccountService;
import org.headlesscart.customer.model.AccountView;

/**
 * {@code POST cocart/v2/register} (COCART-PLUS §1.4): anybody may make a customer account; refusals are the
 * customer component's, worded by AccountExceptionMapper (docs/my-account.md).
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/register")
@Produces(CoCartV2.JSON)
@Tag(name = "Account")
public class RegisterResource {

    static final String REGISTERED = "Your account was created successfully.";

    @EJB
    AccountService accounts;

    @Inject
    RequestParams requests;

    @POST
    @RateLimited(RateGroup.REGISTRATION)
    @Operation(operationId = "register", summary = "Make a customer account; 400 rest_missing_callback_param, "
            + "400 cocart_registration_error_reserved_username, …_weak_password, …_failed_creation; 404 "
            + "cocart_registration_invalid_email, cocart_registration_error_invalid_username, "
            + "registration-error-missing-password; 405 cocart_registration_error_email_exists, …_username_exists")
    @RequestBody(ref = RequestDocs.REGISTER)
    public Registered register(String body) {
        CartParams params = requests.of(body);
        params.require("email");
        String email = params.string("email");
        String username = params.string("requested_username");
        String password = params.string("requested_password");
        params.throwIfAny();
        AccountView account = accounts.register(email, username, password);
        return new Registered(account.id(), account.username(), REGISTERED);
    }

    @JsonbPropertyOrder({"userId", "username", "message"})
    public record Registered(@JsonbProperty("user_id") long userId, String username, String message) {
    }
}
