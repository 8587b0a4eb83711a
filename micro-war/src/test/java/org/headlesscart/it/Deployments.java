package org.headlesscart.it;

import java.io.File;

import org.headlesscart.it.fixtures.FixtureResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR bundle exactly as {@code package} built it, named ROOT.war so that Payara Micro serves it at the host
 * root like the run command does; optionally with the test-only fixtures.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive bundle() {
        File war = new File(System.getProperty("headlesscart.it.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    public static WebArchive bundleWithFixtures() {
        return bundle().addPackage(FixtureResource.class.getPackage());
    }
}
