package org.headlesscart.customer.entity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/**
 * A registered user: administrator, shop manager or customer. The id doubles as the cart key of the user's
 * cart. The password is only ever held as a PBKDF2 hash.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(name = UserAccount.COUNT_BY_ROLE, query = "SELECT COUNT(u) FROM UserAccount u WHERE u.role = :role")
// Locking: with no index on the role, InnoDB locks every row it scans (and the gap after the last), so a second
// node's bootstrap waits here until the first one's administrator is committed, then sees it (BootstrapAdmin).
@NamedQuery(name = UserAccount.BY_ROLE_LOCKED, query = "SELECT u FROM UserAccount u WHERE u.role = :role "
        + "ORDER BY u.id", lockMode = LockModeType.PESSIMISTIC_WRITE)
// The logins fetch the addresses with the account: authentication runs without a transaction (no connection is
// held while the password hash is computed), so the account is detached as soon as the query returns.
@NamedQuery(name = UserAccount.BY_ID, query = "SELECT u FROM UserAccount u LEFT JOIN FETCH u.addresses "
        + "WHERE u.id = :id")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u LEFT JOIN FETCH u.addresses "
        + "WHERE u.username = :login ORDER BY u.id")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "SELECT u FROM UserAccount u LEFT JOIN FETCH u.addresses "
        + "WHERE u.email = :login ORDER BY u.id")
@NamedQuery(name = UserAccount.EMAIL_TAKEN, query = "SELECT COUNT(u) FROM UserAccount u WHERE u.email = :email "
        + "AND u.id <> :id")
@NamedQuery(name = UserAccount.USERNAME_TAKEN, query = "SELECT COUNT(u) FROM UserAccount u "
        + "WHERE u.username = :username AND u.id <> :id")
// The console's staff list: administrators and shop managers, a page at a time (no addresses: the list shows none).
@NamedQuery(name = UserAccount.IN_ROLES, query = "SELECT u FROM UserAccount u WHERE u.role IN :roles "
        + "ORDER BY u.username, u.id")
@NamedQuery(name = UserAccount.COUNT_IN_ROLES, query = "SELECT COUNT(u) FROM UserAccount u WHERE u.role IN :roles")
@NamedQuery(name = UserAccount.USERNAMES, query = "SELECT u.id, u.username FROM UserAccount u WHERE u.id IN :ids")
@NamedQuery(name = UserAccount.BY_BILLING_PHONE, query = "SELECT u FROM UserAccount u JOIN u.addresses a "
        + "LEFT JOIN FETCH u.addresses WHERE KEY(a) = 'billing' AND a.phone = :login ORDER BY u.id")
public class UserAccount {

    public static final String COUNT = "UserAccount.count";
    public static final String COUNT_BY_ROLE = "UserAccount.countByRole";
    public static final String BY_ROLE_LOCKED = "UserAccount.byRoleLocked";
    public static final String BY_ID = "UserAccount.byId";
    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String BY_EMAIL = "UserAccount.byEmail";
    public static final String BY_BILLING_PHONE = "UserAccount.byBillingPhone";
    public static final String EMAIL_TAKEN = "UserAccount.emailTaken";
    public static final String USERNAME_TAKEN = "UserAccount.usernameTaken";
    public static final String IN_ROLES = "UserAccount.inRoles";
    public static final String COUNT_IN_ROLES = "UserAccount.countInRoles";
    public static final String USERNAMES = "UserAccount.usernames";
    public static final String BILLING = "billing";
    public static final String SHIPPING = "shipping";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false, length = 100)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName = "";

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName = "";

    @Column(name = "display_name", nullable = false, length = 250)
    private String displayName = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Keyed by kind: {@link #BILLING} or {@link #SHIPPING}. */
    @ElementCollection
    @BatchSize(size = 100)      // a page of the admin list loads its addresses in one statement, not one per user
    @CollectionTable(name = "user_address", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "kind", length = 8)
    private Map<String, Address> addresses = new HashMap<>();

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String email, String passwordHash, Role role, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.email = Objects.requireNonNull(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.displayName = username;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = createdAt;
    }

    public UserAccount named(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
        return this;
    }

    public UserAccount withAddress(String kind, Address address) {
        addresses.put(kind, address);
        return this;
    }

    /** The name the shop shows for the user (WordPress's {@code display_name}). */
    public void changeDisplayName(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName);
    }

    public void changeEmail(String newEmail) {
        this.email = Objects.requireNonNull(newEmail);
    }

    /** WooCommerce's role; who may change it, and to what, is the caller's rule (StaffService). */
    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** Changes the fields given of the address of this kind, starting from a blank one if there is none yet. */
    public void changeAddress(String kind, Map<String, String> changes) {
        addresses.put(kind, addresses.getOrDefault(kind, Address.blank()).with(changes));
    }

    /** Records that the account changed at this instant. */
    public void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** The optimistic version: a form that read an older one is stale. */
    public long getVersion() {
        return version;
    }

    public Map<String, Address> getAddresses() {
        return Map.copyOf(addresses);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAccount that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
