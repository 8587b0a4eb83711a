package org.headlesscart.customer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.headlesscart.customer.control.FirstAdministrator;
import org.headlesscart.customer.control.PasswordHashing;
import org.junit.jupiter.api.Test;

/** When the bootstrap settings make an administrator, and that nothing stops the start when they cannot. */
class BootstrapAdminTest {

    static final String STRONG = "Harbour-Lantern-42";

    final List<String> created = new ArrayList<>();
    boolean administratorExists;
    RuntimeException databaseRefusal;

    BootstrapAdmin bootstrap(String email, String password) {
        BootstrapAdmin bootstrap = new BootstrapAdmin();
        bootstrap.email = Optional.ofNullable(email);
        bootstrap.password = Optional.ofNullable(password);
        bootstrap.passwords = new PasswordHashing() {
            @Override
            public String hash(char[] secret) {
                return "hash";
            }
        };
        bootstrap.first = new FirstAdministrator() {
            @Override
            public boolean exists() {
                return administratorExists;
            }

            @Override
            public Result create(String address, String hash, Instant now) {
                if (databaseRefusal != null) {
                    throw databaseRefusal;
                }
                created.add(address + " " + hash);
                return new Result(Outcome.CREATED, "owner");
            }
        };
        return bootstrap;
    }

    @Test
    void goodSettingsWithoutAnAdministratorCreateOneWithTheHash() {
        bootstrap(" owner@shop.example ", STRONG).createWhenNone();

        assertEquals(List.of("owner@shop.example hash"), created);
    }

    @Test
    void anExistingAdministratorLeavesEverythingAsItIs() {
        administratorExists = true;
        bootstrap("owner@shop.example", STRONG).createWhenNone();

        assertTrue(created.isEmpty());
    }

    @Test
    void noSettingsWeakOrMalformedOnesCreateNothing() {
        bootstrap(null, null).createWhenNone();
        bootstrap("owner@shop.example", "password").createWhenNone();
        bootstrap("not-an-email", STRONG).createWhenNone();
        bootstrap("owner@shop.example", null).createWhenNone();

        assertTrue(created.isEmpty());
    }

    @Test
    void aRefusalByTheDatabaseDoesNotFailTheStart() {
        databaseRefusal = new IllegalStateException("Duplicate entry 'owner@shop.example' for key 'uk_user_account_email'");

        bootstrap("owner@shop.example", STRONG).createWhenNone();

        assertTrue(created.isEmpty());
    }
}
