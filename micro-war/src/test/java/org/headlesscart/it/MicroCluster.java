package org.headlesscart.it;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * N Payara Micro processes serving the built WAR bundle on loopback, one database (the failsafe execution's, from
 * the environment they inherit), clustered through Payara's data grid with a TCP member list on 127.0.0.1 and a
 * cluster name of this run's own, so they join no other grid on the host. Not Arquillian: the cluster suite starts,
 * kills and reads the logs of the processes itself. {@link #close()} kills whatever is left, also after a failure.
 */
final class MicroCluster implements AutoCloseable {

    /** One server: its base URL, its process and its log. */
    record Node(int index, URL base, Process process, Path log) {

        Http http() {
            return new Http(base);
        }
    }

    private final List<Node> nodes = new ArrayList<>();

    private MicroCluster() {
    }

    /** Starts {@code count} nodes at once and waits until every one serves {@code /store}. */
    static MicroCluster start(int count, Path dir) throws Exception {
        Files.createDirectories(dir);
        int[] http = freePorts(count);
        int[] grid = freePorts(count);
        List<String> members = new ArrayList<>();
        for (int port : grid) {
            members.add("127.0.0.1:" + port);
        }
        String clusterName = "hc-it-" + UUID.randomUUID().toString().substring(0, 8);
        MicroCluster cluster = new MicroCluster();
        try {
            for (int i = 0; i < count; i++) {
                Path log = dir.resolve("node-" + i + ".log");
                List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx384m", "-jar", System.getProperty("payara.microJar"),
                        "--deploy", System.getProperty("headlesscart.it.war"), "--contextroot", "/",
                        "--port", String.valueOf(http[i]),
                        "--prebootcommandfile", System.getProperty("headlesscart.it.listener-commands"),
                        "--clustername", clusterName,
                        "--clustermode", "tcpip:" + String.join(",", members),
                        "--startport", String.valueOf(grid[i]),
                        "--interfaces", "127.0.0.1",
                        "--nohostaware");
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                cluster.nodes.add(new Node(i, URI.create("http://127.0.0.1:" + http[i] + "/").toURL(), process, log));
            }
            // 20-45 s each on a quiet machine; minutes on a build machine shared with other builds.
            Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
            for (Node node : cluster.nodes) {
                awaitStore(node, deadline);
            }
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    Node node(int index) {
        return nodes.get(index);
    }

    int size() {
        return nodes.size();
    }

    /** Kills a node as a crash would: no shutdown hooks, no goodbye to the grid. */
    void kill(int index) throws InterruptedException {
        Process process = nodes.get(index).process();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        for (Node node : nodes) {
            node.process().destroyForcibly();
        }
        for (Node node : nodes) {
            try {
                node.process().waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitStore(Node node, Instant deadline) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest store = HttpRequest.newBuilder(node.base().toURI().resolve("wp-json/cocart/v2/store"))
                .timeout(Duration.ofSeconds(10)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException("node " + node.index() + " exited; see " + node.log());
            }
            try {
                if (client.send(store, BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("node " + node.index() + " did not serve /store in time; see " + node.log());
    }

    /** Ports free now: held open together so no two are the same, then released for the servers to bind. */
    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
