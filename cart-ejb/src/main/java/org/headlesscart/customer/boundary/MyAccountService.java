package org.headlesscart.customer.boundary;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.control.PasswordStrength;
import org.headlesscart.customer.control.RefreshTokenStore;
import org.headlesscart.customer.entity.Address;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.AccountAddresses;
import org.headlesscart.customer.model.AccountDetails;
import org.headlesscart.customer.model.ContactSyntax;
import org.headlesscart.customer.model.CustomerAddressRules;
import org.headlesscart.customer.model.CustomerView;
import org.headlesscart.platform.outbox.Outbox;

/**
 * A logged-in user's own account (My Account, docs/my-account.md): their profile, their details with WooCommerce's
 * edit-account checks, their addresses. Each change locks the account row, so two of the user's devices change
 * it one after the other; a new password revokes the account's refresh tokens, as an admin's change does.
 */
@Stateless
public class MyAccountService {

    /** WooCommerce's labels of the required detail fields, in its order. */
    private static final Map<String, String> REQUIRED = requiredFields();

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    RefreshTokenStore refreshTokens;

    @Inject
    Outbox outbox;

    /** The user as the admin customers API shows them (addresses complete); empty once the account is gone. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CustomerView> profile(long id) {
        return accounts.findById(id).map(CustomerAdminService::view);
    }

    /**
     * WooCommerce's {@code save_account_details}: names, display name and e-mail are required; a new password needs
     * the current one and its repetition. Checked in WooCommerce's order; the first problem is the answer.
     *
     * @return whether an e-mail change waits for verification: never, as no mail verifies it (docs/my-account.md)
     * @throws AccountException one of the {@code ACCOUNT_*} reasons, CUSTOMER_NOT_FOUND once the account is gone
     */
    public boolean changeDetails(long id, AccountDetails details) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("account_first_name", strip(details.firstName()));
        given.put("account_last_name", strip(details.lastName()));
        given.put("account_display_name", strip(details.displayName()));
        given.put("account_email", strip(details.email()));
        for (var field : REQUIRED.entrySet()) {
            if (given.get(field.getKey()).isEmpty()) {
                throw new AccountException(AccountFailure.ACCOUNT_MISSING_REQUIRED_FIELD,
                        field.getValue() + " is a required field.", Map.of("id", field.getKey()));
            }
        }
        String email = given.get("account_email");
        if (ContactSyntax.isEmail(given.get("account_display_name"))) {
            throw new AccountException(AccountFailure.ACCOUNT_EMAIL_AS_DISPLAY_NAME, "E-mail as display name");
        }
        if (email.length() > 100 || !ContactSyntax.isEmail(email)) {
            throw new AccountException(AccountFailure.ACCOUNT_INVALID_EMAIL, "Invalid e-mail address");
        }
        for (var name : List.of("account_first_name", "account_last_name", "account_display_name")) {
            String value = given.get(name);
            if (value.length() > (name.equals("account_display_name") ? 250 : 100)
                    || value.chars().anyMatch(Character::isISOControl)) {
                throw new AccountException(AccountFailure.ACCOUNT_MISSING_REQUIRED_FIELD,
                        REQUIRED.get(name) + " is not valid.", Map.of("id", name));
            }
        }
        String current = orEmpty(details.currentPassword());
        String first = orEmpty(details.newPassword());
        String second = orEmpty(details.repeatedPassword());
        checkPasswordFields(current, first, second);
        UserAccount account = accounts.findForUpdate(id)
                .orElseThrow(() -> new AccountException(AccountFailure.CUSTOMER_NOT_FOUND, "No such account"));
        String newHash = null;
        if (!first.isEmpty()) {
            if (!passwords.verify(current.toCharArray(), account.getPasswordHash())) {
                throw new AccountException(AccountFailure.ACCOUNT_INCORRECT_CURRENT_PASSWORD, "Wrong password");
            }
            String weakness = PasswordStrength.problem(first, account.getUsername(), email);
            if (weakness != null) {
                throw new AccountException(AccountFailure.ACCOUNT_WEAK_PASSWORD, weakness);
            }
            newHash = passwords.hash(first.toCharArray());
        }
        if (!email.equalsIgnoreCase(account.getEmail()) && accounts.emailTaken(email, id)) {
            throw new AccountException(AccountFailure.ACCOUNT_EMAIL_EXISTS, "E-mail taken");
        }
        Instant now = Instant.now();
        account.named(given.get("account_first_name"), given.get("account_last_name"));
        account.changeDisplayName(given.get("account_display_name"));
        account.changeEmail(email);
        if (newHash != null) {
            account.changePasswordHash(newHash);
            refreshTokens.revokeAllOf(id, now);
        }
        account.touch(now);
        try {
            accounts.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Another account took the e-mail since the check: its unique key refuses this one.
            throw new AccountException(AccountFailure.ACCOUNT_EMAIL_EXISTS, "E-mail taken");
        }
        outbox.record("customer.updated", id);     // WooCommerce's profile_update, in this transaction
        return false;
    }

    /** WooCommerce's password checks, in its order, before any hash is computed. */
    static void checkPasswordFields(String current, String first, String second) {
        if (!current.isEmpty() && first.isEmpty() && second.isEmpty()) {
            throw new AccountException(AccountFailure.ACCOUNT_FILL_ALL_PASSWORD_FIELDS, "Fill all password fields");
        }
        if (!first.isEmpty() && current.isEmpty()) {
            throw new AccountException(AccountFailure.ACCOUNT_ENTER_CURRENT_PASSWORD, "Enter the current password");
        }
        if (!first.isEmpty() && second.isEmpty()) {
            throw new AccountException(AccountFailure.ACCOUNT_REENTER_PASSWORD, "Re-enter the password");
        }
        if ((!first.isEmpty() || !second.isEmpty()) && !first.equals(second)) {
            throw new AccountException(AccountFailure.ACCOUNT_PASSWORDS_DO_NOT_MATCH, "Passwords differ");
        }
    }

    /**
     * Changes the fields given of either address (unprefixed names: {@code city}, {@code postcode}; other names are
     * ignored), with the cart's customer rules (CustomerAddressRules); all or nothing.
     *
     * @param billing  null or empty to leave billing alone
     * @param shipping null or empty to leave shipping alone
     * @throws AccountException ACCOUNT_NO_ADDRESS_DATA when neither is given, ACCOUNT_INVALID_ADDRESS_FIELDS naming
     *                          every problem
     */
    public AccountAddresses changeAddresses(long id, Map<String, String> billing, Map<String, String> shipping) {
        Map<String, String> requested = new LinkedHashMap<>();
        prefixed("billing_", billing, requested);
        prefixed("shipping_", shipping, requested);
        if (requested.isEmpty()) {
            throw new AccountException(AccountFailure.ACCOUNT_NO_ADDRESS_DATA, "No address data");
        }
        UserAccount account = accounts.findForUpdate(id)
                .orElseThrow(() -> new AccountException(AccountFailure.CUSTOMER_NOT_FOUND, "No such account"));
        Map<String, String> stored = new LinkedHashMap<>();
        Map<String, Address> addresses = account.getAddresses();
        Optional.ofNullable(addresses.get(UserAccount.BILLING)).ifPresent(a -> a.restFields(true)
                .forEach((k, v) -> stored.put("billing_" + k, v)));
        Optional.ofNullable(addresses.get(UserAccount.SHIPPING)).ifPresent(a -> a.restFields(false)
                .forEach((k, v) -> stored.put("shipping_" + k, v)));
        Map<String, String> problems = CustomerAddressRules.problems(requested, stored);
        if (!problems.isEmpty()) {
            throw new AccountException(AccountFailure.ACCOUNT_INVALID_ADDRESS_FIELDS,
                    String.join(" ", problems.values()), problems);
        }
        change(account, UserAccount.BILLING, "billing_", requested);
        change(account, UserAccount.SHIPPING, "shipping_", requested);
        account.touch(Instant.now());
        outbox.record("customer.updated", id);
        Map<String, Address> now = account.getAddresses();
        return new AccountAddresses(now.getOrDefault(UserAccount.BILLING, Address.blank()).restFields(true),
                now.getOrDefault(UserAccount.SHIPPING, Address.blank()).restFields(false));
    }

    /** Only the address's own fields, stripped; a shipping address has no e-mail. */
    private static void prefixed(String prefix, Map<String, String> fields, Map<String, String> into) {
        if (fields == null) {
            return;
        }
        Map<String, String> canonical = CustomerAddressRules.canonical(prefixedNames(prefix, fields));
        canonical.forEach((name, value) -> {
            if (name.startsWith(prefix) && !name.equals("shipping_email")) {
                into.put(name, value == null ? "" : value.strip());
            }
        });
    }

    private static Map<String, String> prefixedNames(String prefix, Map<String, String> fields) {
        Map<String, String> named = new LinkedHashMap<>();
        fields.forEach((name, value) -> named.put(prefix + name, value));
        return named;
    }

    /** A postcode is stored as WooCommerce writes it in the address's country, as the cart's callback stores it. */
    static void change(UserAccount account, String kind, String prefix, Map<String, String> requested) {
        Map<String, String> changes = new HashMap<>();
        requested.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                changes.put(name.substring(prefix.length()), value);
            }
        });
        if (changes.isEmpty()) {
            return;
        }
        Address current = account.getAddresses().get(kind);
        String country = changes.getOrDefault("country", current == null ? "" : current.getCountry());
        changes.computeIfPresent("postcode", (field, postcode) ->
                CustomerAddressRules.normalizePostcode(country, postcode));
        account.changeAddress(kind, changes);
    }

    private static Map<String, String> requiredFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("account_first_name", "First name");
        fields.put("account_last_name", "Last name");
        fields.put("account_display_name", "Display name");
        fields.put("account_email", "Email address");
        return fields;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
