package org.headlesscart.platform.persistence;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Applies a persistence unit's versioned Flyway migrations while Hibernate builds that unit, so the schema is
 * current before Hibernate validates it ({@code hibernate.hbm2ddl.auto=validate}) and before any bean runs.
 *
 * <p>Why a Hibernate integrator and not a startup bean: the container builds the persistence units while it
 * deploys, before any {@code @Startup} bean exists, and validation would refuse an empty database.
 *
 * <p>A unit opts in with the property {@code headlesscart.migrations} = its component name {@code c}; then
 * <ul>
 *   <li>{@code classpath:db/c/migration} is applied, recorded in {@code flyway_history_c};</li>
 *   <li>when {@code headlesscart.demo.enabled} is true and {@code c} is not in {@code headlesscart.demo.skip},
 *       {@code classpath:db/c/demo} is applied afterwards, recorded in {@code flyway_demo_history_c}: demo data is
 *       loaded once and never duplicated.</li>
 * </ul>
 * Each component owns its own tables and history, so components migrate independently; the baseline at version 0
 * lets a component start in a schema that other components already use.
 */
public class SchemaMigrations implements Integrator {

    /** The persistence-unit property that names the component whose migrations to apply. */
    public static final String COMPONENT_PROPERTY = "headlesscart.migrations";

    private static final Logger LOG = System.getLogger(SchemaMigrations.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        Map<String, Object> properties = sessionFactory.getProperties();
        Object component = properties.get(COMPONENT_PROPERTY);
        if (component == null) {
            return;
        }
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .getService(ConnectionProvider.class).unwrap(DataSource.class);
        migrate(dataSource, component.toString(), "migration", "flyway_history_");
        if (demoEnabled() && !demoSkipped(component.toString()) && hasLocation(component + "/demo")) {
            migrate(dataSource, component.toString(), "demo", "flyway_demo_history_");
        }
    }

    private static void migrate(DataSource dataSource, String component, String kind, String tablePrefix) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/" + component + "/" + kind)
                .table(tablePrefix + component)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.log(Level.INFO, "Schema of {0} ({1}): {2} migration(s) applied, at version {3}",
                component, kind, result.migrationsExecuted, version);
    }

    private static boolean hasLocation(String path) {
        return Thread.currentThread().getContextClassLoader().getResource("db/" + path) != null;
    }

    private static boolean demoEnabled() {
        return ConfigProvider.getConfig()
                .getOptionalValue("headlesscart.demo.enabled", Boolean.class).orElse(false);
    }

    /**
     * {@code headlesscart.demo.skip}: components (comma-separated) whose demo data is not loaded though the demo is
     * on; the integration tests that compare carts with captures of a store without taxes or shipping zones skip
     * {@code pricing}.
     */
    private static boolean demoSkipped(String component) {
        return ConfigProvider.getConfig().getOptionalValue("headlesscart.demo.skip", String.class)
                .map(list -> java.util.Arrays.stream(list.split(",")).map(String::strip).anyMatch(component::equals))
                .orElse(false);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
            SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release: Flyway borrowed connections from the container's pool and returned them.
    }
}
