package org.headlesscart.api.cocart.v2.account;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.AvatarUrls;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.cocart.v2.cart.CartParams;
import org.headlesscart.api.error.ApiRefusal;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.security.Caller;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.customer.boundary.MyAccountService;
import org.headlesscart.customer.model.AccountAddresses;
import org.headlesscart.customer.model.AccountDetails;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.customer.model.CustomerView;
import org.headlesscart.order.boundary.CustomerOrderService;
import org.headlesscart.order.model.CustomerSummary;

/**
 * {@code cocart/v2/my-account}: the logged-in user's account, details and addresses (COCART-PLUS §1.4,
 * docs/my-account.md). The orders are {@link MyOrdersResource}'s. Anonymous callers are refused with 403
 * {@code cocart_access_my_account_denied}, as CoCart Plus refuses them.
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/my-account")
@Produces(CoCartV2.JSON)
@Tag(name = "Account")
public class MyAccountResource {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String DENIED = "You need to be logged in to view account!";
    static final String NO_DOWNLOADS = "No downloads available yet on this account.";

    @Inject
    Caller caller;

    @Inject
    RequestParams requests;

    @EJB
    MyAccountService accounts;

    @EJB
    CustomerOrderService orders;

    @EJB
    CatalogService catalog;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "myAccount", summary = "The logged-in user: profile, addresses, order count, total "
            + "spent, newest order; 403 cocart_access_my_account_denied, 400 cocart_customer_error")
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    public JsonObject account() {
        AccountView user = user();
        CustomerView profile = accounts.profile(user.id()).orElseThrow(MyAccountResource::noCustomer);
        CustomerSummary summary = orders.summary(user.id());
        StoreView store = catalog.storeDetails();
        StoreFormat format = new StoreFormat(store);
        boolean secure = "https".equalsIgnoreCase(uri.getBaseUri().getScheme());
        JsonObjectBuilder recent = JSON.createObjectBuilder();
        if (summary.recentOrderId() > 0) {
            var order = orders.order(summary.recentOrderId(), CustomerOrderService.Requester.customer(user.id()));
            recent.add("order_id", order.id()).add("order_date", format.date(order.createdAt()))
                    .add("order_data", MyOrdersResource.orderUrl(uri, order.id()));
        } else {
            recent.addNull("order_id").addNull("order_date").addNull("order_data");
        }
        String baseCountry = store.address().country().split(":")[0];
        String country = profile.billing().getOrDefault("country", "");
        return JSON.createObjectBuilder()
                .add("user", JSON.createObjectBuilder()
                        .add("id", profile.id())
                        .add("date_registered", format.iso(profile.createdAt()))
                        .add("email", profile.email())
                        .add("first_name", profile.firstName())
                        .add("last_name", profile.lastName())
                        .add("display_name", user.displayName())
                        .add("addresses", addresses(new AccountAddresses(profile.billing(), profile.shipping())))
                        .add("orders_count", summary.ordersCount())
                        .add("total_spent", format.price(summary.totalSpent()))
                        .add("is_paying_customer", summary.payingCustomer())
                        .add("avatar_url", AvatarUrls.of(profile.email(), secure).size96()))
                .add("recent_order", recent)
                .add("meta", JSON.createObjectBuilder()
                        .add("is_customer_outside_base", !country.isEmpty() && !country.equals(baseCountry))
                        .add("is_vat_exempt", false))
                .add("extensions", JSON.createObjectBuilder().add("email_verification",
                        JSON.createObjectBuilder().add("verified", false)))
                .build();
    }

    @POST
    @Operation(operationId = "myAccountUpdate", summary = "Change names, display name, e-mail and password "
            + "(WooCommerce's edit-account checks); 400 cocart_account_missing_required_field, "
            + "cocart_account_provide_valid_email, cocart_account_fill_all_password_fields, "
            + "cocart_account_enter_current_password, cocart_account_reenter_password, "
            + "cocart_account_new_passwords_do_not_match, cocart_account_incorrect_current_password, "
            + "cocart_account_weak_password; 403 cocart_account_email_already_registered, "
            + "cocart_cannot_set_email_as_display_name, cocart_access_my_account_denied")
    @RequestBody(ref = RequestDocs.ACCOUNT_DETAILS)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    public JsonObject update(String body) {
        AccountView user = user();
        CartParams params = requests.of(body);
        AccountDetails details = new AccountDetails(params.string("account_first_name"),
                params.string("account_last_name"), params.string("account_display_name"),
                params.string("account_email"), params.string("password_current"), params.string("password_1"),
                params.string("password_2"));
        params.throwIfAny();
        boolean pending = accounts.changeDetails(user.id(), details);
        return JSON.createObjectBuilder().add("success", true).add("email_verification_pending", pending).build();
    }

    @PATCH
    @Path("address")
    @Operation(operationId = "myAccountAddress", summary = "Change billing and/or shipping fields (partial); "
            + "400 cocart_no_address_data, 400 cocart_invalid_address_fields (every problem), 403 "
            + "cocart_access_my_account_denied")
    @RequestBody(ref = RequestDocs.ACCOUNT_ADDRESS)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    public JsonObject address(String body) {
        AccountView user = user();
        CartParams params = requests.of(body);
        Map<String, String> billing = params.has("billing_address") ? params.textMap("billing_address") : null;
        Map<String, String> shipping = params.has("shipping_address") ? params.textMap("shipping_address") : null;
        params.throwIfAny();
        AccountAddresses changed = accounts.changeAddresses(user.id(), billing, shipping);
        return JSON.createObjectBuilder().add("addresses", addresses(changed)).build();
    }

    /** We sell nothing downloadable, so the answer is always CoCart Plus's bare string for "none". */
    @GET
    @Path("downloads")
    @Operation(operationId = "myAccountDownloads", summary = "The bare string \"" + NO_DOWNLOADS + "\" (nothing "
            + "downloadable is sold); 403 cocart_access_my_account_denied")
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    public JsonValue downloads() {
        user();
        return JSON.createValue(NO_DOWNLOADS);
    }

    private AccountView user() {
        return caller.account().orElseThrow(() -> new ApiRefusal(403, "cocart_access_my_account_denied", DENIED));
    }

    static ApiRefusal noCustomer() {
        return new ApiRefusal(400, "cocart_customer_error", "Unable to retrieve customer.");
    }

    private static JsonObjectBuilder addresses(AccountAddresses addresses) {
        JsonObjectBuilder billing = JSON.createObjectBuilder();
        addresses.billing().forEach(billing::add);
        JsonObjectBuilder shipping = JSON.createObjectBuilder();
        addresses.shipping().forEach(shipping::add);
        return JSON.createObjectBuilder().add("billing", billing).add("shipping", shipping);
    }
}
