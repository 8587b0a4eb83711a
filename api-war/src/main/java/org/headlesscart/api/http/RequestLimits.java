package org.headlesscart.api.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a request may be (docs/request-limits.md). The HTTP listener's own limits are set well above these
 * (the run command and the deployment steps raise them), so that the application, not the listener, answers a
 * request over them, in the CoCart envelope; a listener answers such a request with a bare 400.
 */
@ApplicationScoped
public class RequestLimits {

    @Inject
    @ConfigProperty(name = "headlesscart.api.max-uri-bytes", defaultValue = "8192")
    int maxUriBytes;

    @Inject
    @ConfigProperty(name = "headlesscart.api.max-header-bytes", defaultValue = "16384")
    int maxHeaderBytes;

    @Inject
    @ConfigProperty(name = "headlesscart.api.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "headlesscart.api.max-import-bytes", defaultValue = "67108864")
    long maxImportBytes;

    /** A limits object with these values, for tests and anything outside CDI. */
    static RequestLimits of(int uri, int headers, long body, long importBody) {
        RequestLimits limits = new RequestLimits();
        limits.maxUriBytes = uri;
        limits.maxHeaderBytes = headers;
        limits.maxBodyBytes = body;
        limits.maxImportBytes = importBody;
        return limits;
    }

    // Read through methods: the filter holds a CDI client proxy, whose own fields are never set.
    int maxUriBytes() {
        return maxUriBytes;
    }

    int maxHeaderBytes() {
        return maxHeaderBytes;
    }

    /** The largest body for a path below {@code /wp-json}: a CSV import may send far more than a cart write. */
    long maxBodyBytes(String path) {
        return path.startsWith("headlesscart/v1/import/") ? maxImportBytes : maxBodyBytes;
    }
}
