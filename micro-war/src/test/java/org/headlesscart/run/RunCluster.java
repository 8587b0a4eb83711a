package org.headlesscart.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How the run command's nodes find each other ({@code ./mvnw -Prun -Dnodes=2}): Payara Micro's data grid with a TCP
 * member list on 127.0.0.1 (grid ports from {@code firstGridPort}, one per node) and a cluster name made for this
 * run, so that they never join another grid on the host (a Micro left to multicast discovery joins whatever it
 * finds, even a Payara Server domain's). One node runs with {@code --nocluster}: there is nothing to join.
 */
final class RunCluster {

    private final int nodes;
    private final int firstGridPort;
    private final String name = "headless-cart-run-" + UUID.randomUUID().toString().substring(0, 8);

    RunCluster(int nodes, int firstGridPort) {
        this.nodes = nodes;
        this.firstGridPort = firstGridPort;
    }

    /** Payara Micro's options for node {@code node} (0-based). */
    List<String> options(int node) {
        if (nodes == 1) {
            return List.of("--nocluster");
        }
        List<String> members = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            members.add("127.0.0.1:" + (firstGridPort + i));
        }
        return List.of("--clustername", name, "--clustermode", "tcpip:" + String.join(",", members),
                "--startport", String.valueOf(firstGridPort + node), "--interfaces", "127.0.0.1", "--nohostaware");
    }

    /** The banner's cluster lines: every node's URL and log. */
    String banner(List<String> bases, Path runDir) {
        StringBuilder text = new StringBuilder(" Cluster of " + nodes + " nodes on one database (docs/scaling.md),"
                + " data grid " + name + " on 127.0.0.1:" + firstGridPort + "-" + (firstGridPort + nodes - 1) + ":\n");
        for (int i = 0; i < bases.size(); i++) {
            text.append("   node ").append(i).append("  ").append(bases.get(i)).append("/wp-json/cocart/v2   log: ")
                    .append(runDir.resolve(RunStore.logName(i))).append('\n');
        }
        return text.append(" A load balancer in front: docker/compose.yaml, profile cluster (nginx)\n").toString();
    }
}
