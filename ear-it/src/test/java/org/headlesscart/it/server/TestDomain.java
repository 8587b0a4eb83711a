package org.headlesscart.it.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Moves domain1 of the unzipped Payara Server onto the ports the build reserved, so that the Server ITs run beside
 * anything on Payara's default ports (the store of {@code ./mvnw -Prun} holds 8080), and gives its Domain Data Grid
 * a name of its own, so that no Payara Micro on the host joins it, and applies the HTTP listener settings the API
 * needs, from the very file operators run with asadmin ({@code ear/src/main/payara/http-listener.asadmin}). Its HTTP
 * thread pool gets {@value #HTTP_THREADS} threads, as a production server would (Payara ships 5): requests held by a
 * hung database keep their threads until the socket timeout, and with five of them nothing else, not even
 * {@code /health/ready}, would be served (DatabaseOutageOnServerIT; README, Deploy). Run by the build before the
 * server starts: {@code TestDomain <domain.xml> <name=port,...> <grid name> <asadmin file>}. Rewrites the same nodes
 * on every run; a node that is missing (another Payara layout) fails the build instead of leaving a default in place.
 */
public final class TestDomain {

    private static final String SERVER_CONFIG = "/domain/configs/config[@name='server-config']";
    private static final String LISTENER = SERVER_CONFIG
            + "/network-config/network-listeners/network-listener[@name='%s']/@port";
    private static final String IIOP = SERVER_CONFIG + "/iiop-service/iiop-listener[@id='%s']/@port";
    private static final String OSGI_SHELL = "osgi-shell";
    private static final String OSGI_SHELL_OPTION = "-Dosgi.shell.telnet.port=";

    /** Port name to the attribute that holds it in domain.xml. */
    private static final Map<String, String> PORT_NODES = Map.of(
            "admin", LISTENER.formatted("admin-listener"),
            "http", LISTENER.formatted("http-listener-1"),
            "https", LISTENER.formatted("http-listener-2"),
            "iiop", IIOP.formatted("orb-listener-1"),
            "iiop-ssl", IIOP.formatted("SSL"),
            "iiop-mutual-auth", IIOP.formatted("SSL_MUTUALAUTH"),
            "jmx", SERVER_CONFIG + "/admin-service/jmx-connector[@name='system']/@port",
            "jms", SERVER_CONFIG + "/system-property[@name='JMS_PROVIDER_PORT']/@value",
            "hazelcast", "/domain/hazelcast-runtime-configuration/@das-port");
    private static final String OSGI_SHELL_NODE = SERVER_CONFIG
            + "/java-config/jvm-options[starts-with(., '" + OSGI_SHELL_OPTION + "')]";
    private static final String GRID = "/domain/hazelcast-runtime-configuration";
    private static final Pattern LISTENER_SETTING = Pattern.compile(
            "set configs\\.config\\.server-config\\.network-config\\.protocols\\.protocol\\.([\\w-]+)\\.http\\."
                    + "([\\w-]+)=(\\S+)");
    private static final String JAVA_CONFIG = SERVER_CONFIG + "/java-config";
    private static final String TMPDIR_OPTION = "-Djava.io.tmpdir=";
    private static final String HTTP_POOL = SERVER_CONFIG + "/thread-pools/thread-pool[@name='http-thread-pool']";
    static final int HTTP_THREADS = 64;

    private TestDomain() {
    }

    public static void main(String[] args) throws Exception {
        File domainXml = new File(args[0]);
        ServerPorts ports = ServerPorts.parse(args[1]);
        Set<String> known = new HashSet<>(PORT_NODES.keySet());
        known.add(OSGI_SHELL);
        if (!ports.names().equals(known)) {
            throw new IllegalArgumentException("The build passes the ports " + ports.names() + "; expected " + known);
        }
        ports.requireFree();
        Document domain = read(domainXml);
        PORT_NODES.forEach((name, path) -> only(domain, path).setNodeValue(String.valueOf(ports.port(name))));
        only(domain, OSGI_SHELL_NODE).setTextContent(OSGI_SHELL_OPTION + ports.port(OSGI_SHELL));
        ((Element) only(domain, GRID)).setAttribute("cluster-group-name", args[2]);
        ((Element) only(domain, HTTP_POOL)).setAttribute("max-thread-pool-size", String.valueOf(HTTP_THREADS));
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            applyListenerSetting(domain, line.strip());
        }
        privateTemporaryFiles(domain, domainXml.toPath().getParent().resolveSibling("tmp"));
        heap(domain, "-Xmx1g");
        write(domain, domainXml);
        System.out.println("[TestDomain] " + domainXml + ": " + ports + ", data grid " + args[2]);
    }

    /**
     * One line of the asadmin file: a comment, a blank, or {@code set configs.config.server-config.network-config.
     * protocols.protocol.<name>.http.<attribute>=<value>}, written onto that protocol's {@code <http>} element as
     * {@code asadmin set} would. Anything else fails the build: the tests must apply what operators apply.
     */
    static void applyListenerSetting(Document domain, String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        Matcher set = LISTENER_SETTING.matcher(line);
        if (!set.matches()) {
            throw new IllegalArgumentException("TestDomain applies only protocol http settings, not: " + line);
        }
        ((Element) only(domain, SERVER_CONFIG + "/network-config/protocols/protocol[@name='" + set.group(1)
                + "']/http")).setAttribute(set.group(2), set.group(3));
    }

    /**
     * The server's temporary files in the domain, not the host's /tmp, which other builds' servers share: the admin
     * stages an uploaded EAR in temporary files, and with other Payara Servers on the host four deployments of one
     * run failed with "File source doesn't exist".
     */
    static void privateTemporaryFiles(Document domain, Path tmp) throws java.io.IOException {
        Files.createDirectories(tmp);
        Element javaConfig = (Element) only(domain, JAVA_CONFIG);
        NodeList options = javaConfig.getElementsByTagName("jvm-options");
        for (int i = options.getLength() - 1; i >= 0; i--) {
            if (options.item(i).getTextContent().startsWith(TMPDIR_OPTION)) {
                javaConfig.removeChild(options.item(i));
            }
        }
        Element option = domain.createElement("jvm-options");
        option.setTextContent(TMPDIR_OPTION + tmp.toAbsolutePath());
        javaConfig.appendChild(option);
    }

    /**
     * The server's heap. Every IT class deploys the EAR afresh, and Payara keeps part of each undeployed application
     * until a full collection; with five EJB modules and their persistence units, the domain's default 512 MB ran
     * out ("Java heap space" while preparing the app) some thirty deployments into a run.
     */
    static void heap(Document domain, String option) {
        Element javaConfig = (Element) only(domain, JAVA_CONFIG);
        NodeList options = javaConfig.getElementsByTagName("jvm-options");
        for (int i = options.getLength() - 1; i >= 0; i--) {
            if (options.item(i).getTextContent().startsWith("-Xmx")) {
                javaConfig.removeChild(options.item(i));
            }
        }
        Element heap = domain.createElement("jvm-options");
        heap.setTextContent(option);
        javaConfig.appendChild(heap);
    }

    private static Node only(Document domain, String path) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(path, domain, XPathConstants.NODESET);
            if (nodes.getLength() != 1) {
                throw new IllegalStateException(nodes.getLength() + " nodes in domain.xml at " + path
                        + "; expected one (has the Payara version changed?)");
            }
            return nodes.item(0);
        } catch (javax.xml.xpath.XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private static Document read(File file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(file);
    }

    private static void write(Document domain, File file) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(domain), new StreamResult(file));
    }
}
