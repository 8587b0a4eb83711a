package org.headlesscart.it.server;

import java.io.File;
import java.io.InputStream;

import org.headlesscart.it.fixtures.FixtureResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR exactly as the ear module built it; optionally with the test-only fixtures inside its WAR. */
final class EarDeployments {

    private static final String WAR = "api.war";

    private EarDeployments() {
    }

    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("headlesscart.it.ear"));
        return ShrinkWrap.create(ZipImporter.class, "headless-cart.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /** Nested archives import as plain bytes, so the WAR is re-imported, extended and put back. */
    static EnterpriseArchive earWithFixtures() {
        return earWithWarClasses(FixtureResource.class.getPackage().getName());
    }

    /** The EAR with these classes, or every class of these packages, added to its WAR. */
    static EnterpriseArchive earWithWarClasses(Object... classesOrPackages) {
        EnterpriseArchive ear = ear();
        WebArchive war;
        try (InputStream bytes = ear.get(WAR).getAsset().openStream()) {
            war = ShrinkWrap.create(ZipImporter.class, WAR).importFrom(bytes).as(WebArchive.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        for (Object added : classesOrPackages) {
            if (added instanceof Class<?> type) {
                war.addClass(type);
            } else {
                war.addPackage((String) added);
            }
        }
        ear.delete(WAR);
        return ear.addAsModule(war);
    }
}
