package org.headlesscart.console.access;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.headlesscart.console.security.ConsoleUser;
import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.AccountFailure;
import org.headlesscart.customer.boundary.ApiKeyService;
import org.headlesscart.customer.boundary.StaffService;
import org.headlesscart.customer.model.ApiKeyDraft;
import org.headlesscart.customer.model.ApiKeyPage;
import org.headlesscart.customer.model.ApiKeyView;
import org.headlesscart.customer.model.NewApiKey;
import org.headlesscart.customer.model.StaffView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /console/access/api-keys.xhtml}: REST API keys listed newest first (paged in the database, the users'
 * names in one more query), made for a staff account with WooCommerce's permissions, and revoked. A new key's
 * consumer key and secret are shown in the creation's response only ({@link CreatedKey}).
 */
@Named("apiKeys")
@ViewScoped
public class ApiKeysPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Staff accounts offered as a key's user: a store has a handful; the list stops here. */
    static final int MAX_USERS = 500;
    private static final Map<String, String> FIELDS = Map.of("description", "create:description", "permissions",
            "create:permissions", "user_id", "create:user");

    @EJB
    ApiKeyService keys;

    @EJB
    StaffService staff;

    @Inject
    ConsoleUser user;

    @Inject
    AdministratorCheck check;

    @Inject
    CreatedKey created;

    private KeyList list;
    private List<StaffView> users;

    private String description;
    private Long userId;
    private String permissions = "read";

    @PostConstruct
    void init() {
        list = new KeyList(keys, staff);
        userId = user.getId();
    }

    public void create() {
        if (!check.allowed()) {
            return;
        }
        try {
            NewApiKey key = keys.create(new ApiKeyDraft(description, permissions, userId), user.getId());
            created.set(key);
            FieldMessages.outcome("API key \"" + key.key().description() + "\" created. Copy the secret now: it "
                    + "cannot be shown again.");
            description = null;
            permissions = "read";
        } catch (AccountException e) {
            if (e.failure() != AccountFailure.INVALID_FIELDS) {
                throw e;
            }
            FieldMessages.show(e.fields(), FIELDS, "create:description");
            FieldMessages.status(400);
        }
    }

    public void revoke(long id) {
        if (!check.allowed()) {
            return;
        }
        try {
            ApiKeyView was = keys.revoke(id);
            FieldMessages.outcome("API key \"" + was.description() + "\" (…" + was.truncatedKey()
                    + ") revoked: requests with it are refused from now on.");
        } catch (AccountException e) {
            if (e.failure() != AccountFailure.API_KEY_NOT_FOUND) {
                throw e;
            }
            FieldMessages.failure("This key was already revoked.");
            FieldMessages.status(409);
        }
    }

    public List<StaffView> getUsers() {
        if (users == null) {
            users = staff.list(0, MAX_USERS).staff();
        }
        return users;
    }

    public String userLabel(StaffView account) {
        return account.username() + " (" + Roles.label(account.role()).toLowerCase() + ")";
    }

    public LazyDataModel<KeyRow> getList() {
        return list;
    }

    public List<String> getPermissionChoices() {
        return List.of("read", "write", "read_write");
    }

    public String permissionLabel(String name) {
        return switch (name) {
            case "read" -> "Read";
            case "write" -> "Write";
            default -> "Read/Write";
        };
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getPermissions() {
        return permissions;
    }

    public void setPermissions(String permissions) {
        this.permissions = permissions;
    }

    /** The keys, a page at a time from the database; the page's users named in one query. */
    static final class KeyList extends LazyDataModel<KeyRow> {

        private static final long serialVersionUID = 1L;
        private final ApiKeyService keys;
        private final StaffService staff;

        KeyList(ApiKeyService keys, StaffService staff) {
            this.keys = keys;
            this.staff = staff;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) keys.list(1, 1).total();
        }

        @Override
        public List<KeyRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, pageSize);
            ApiKeyPage page = keys.list(first / size + 1, size);
            setRowCount((int) page.total());
            Set<Long> ids = page.keys().stream().map(ApiKeyView::userId).collect(Collectors.toSet());
            Map<Long, String> names = staff.usernames(ids);
            return page.keys().stream().map(k -> new KeyRow(k, names.getOrDefault(k.userId(), "#" + k.userId())))
                    .toList();
        }

        @Override
        public String getRowKey(KeyRow row) {
            return String.valueOf(row.key().id());
        }

        @Override
        public KeyRow getRowData(String rowKey) {
            List<KeyRow> rows = getWrappedData();
            return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
