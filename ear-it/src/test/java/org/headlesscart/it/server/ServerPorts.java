package org.headlesscart.it.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ports of the test Payara Server, by name ({@code admin=24848,http=28080,...}): the build reserves them, passes
 * them to {@link TestDomain}, which writes them into the domain, and to the tests as the system property
 * {@value #PROPERTY}. A taken port is reported at once by name: Payara itself would log a BindException and
 * {@code start-domain} would wait its ten-minute timeout.
 */
final class ServerPorts {

    static final String PROPERTY = "headlesscart.it.server.ports";

    private final Map<String, Integer> ports;

    private ServerPorts(Map<String, Integer> ports) {
        this.ports = ports;
    }

    /** Parses {@code name=port,name=port}; every port must be a number, so an unresolved property fails here. */
    static ServerPorts parse(String spec) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String[] pair = entry.trim().split("=", 2);
            if (pair.length != 2 || !pair[1].trim().matches("\\d{1,5}")) {
                throw new IllegalArgumentException("Not a name=port pair in " + PROPERTY + ": '" + entry + "'");
            }
            ports.put(pair[0].trim(), Integer.valueOf(pair[1].trim()));
        }
        return new ServerPorts(ports);
    }

    static ServerPorts fromSystemProperty() {
        String spec = System.getProperty(PROPERTY);
        if (spec == null) {
            throw new IllegalStateException("System property " + PROPERTY + " is not set (the ear-it POM sets it)");
        }
        return parse(spec);
    }

    Set<String> names() {
        return ports.keySet();
    }

    int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("No port named " + name + " in " + PROPERTY + ": " + ports);
        }
        return port;
    }

    /** Fails naming every port another process listens on; takes milliseconds. */
    void requireFree() {
        List<String> taken = new ArrayList<>();
        ports.forEach((name, port) -> {
            if (!free(port)) {
                taken.add(port + " (" + name + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("The test Payara Server cannot start: port " + String.join(", ", taken)
                    + " is in use by another process. The build reserves free ports when the module starts: run"
                    + " it again for new ones, or free the port if it was pinned with -Dit.server.<name>.port.");
        }
    }

    /** Binds as Payara's listeners do (all interfaces, address reuse), so sockets in TIME_WAIT do not count. */
    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return ports.toString();
    }
}
