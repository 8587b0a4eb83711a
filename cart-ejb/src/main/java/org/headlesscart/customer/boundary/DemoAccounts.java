package org.headlesscart.customer.boundary;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the demo accounts and the demo REST API key at start when the demo store is enabled and none exist yet
 * ({@link DemoAccountsSeed}, one transaction). Nodes of a cluster that start at once on a new database race to create
 * them: the loser's insert meets the winner's at a unique key and rolls back, and it starts with the winner's
 * accounts instead of failing its deployment (docs/scaling.md).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoAccounts {

    private static final Logger LOG = System.getLogger(DemoAccounts.class.getName());

    @Inject
    @ConfigProperty(name = "headlesscart.demo.enabled")
    boolean enabled;

    @Inject
    DemoAccountsSeed seed;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void createOnFirstStart() {
        if (!enabled) {
            return;
        }
        try {
            seed.createWhenNone();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No demo accounts from this node: the database refused them ({0}); another node "
                    + "starting at the same time has created them", rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && depth < 16; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
