package org.headlesscart.api.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.error.RequestRefusals;

/**
 * Checks the shape of every request under {@code /wp-json} before anything else reads it (issue 15 parts 3-4): the
 * URL's and the headers' size, the body's size as it is read, one readable {@code Content-Type} with a charset this
 * server knows, and readable {@code If-Match}/{@code If-None-Match} values. A request that fails is answered in the
 * CoCart envelope at once and nothing runs; before this, each of these came out as a 500 or as the container's own
 * HTML or empty page.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
@ApplicationScoped
public class RequestShapeFilter implements ContainerRequestFilter {

    private static final List<String> CONDITIONS = List.of(HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH);

    @Inject
    RequestLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        String uri = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        int uriBytes = uri.length() + (query == null ? 0 : query.length() + 1);
        if (uriBytes > limits.maxUriBytes()) {
            request.abortWith(RequestRefusals.response(RequestRefusals.uriTooLong(limits.maxUriBytes())));
            return;
        }
        MultivaluedMap<String, String> headers = request.getHeaders();
        if (headerBytes(headers) > limits.maxHeaderBytes()) {
            request.abortWith(RequestRefusals.response(RequestRefusals.headersTooLarge(limits.maxHeaderBytes())));
            return;
        }
        String problem = contentTypeProblem(headers.get(HttpHeaders.CONTENT_TYPE));
        if (problem != null) {
            request.abortWith(RequestRefusals.invalidHeader(HttpHeaders.CONTENT_TYPE, problem));
            return;
        }
        for (String condition : CONDITIONS) {
            List<String> values = headers.get(condition);
            if (values != null && values.stream().anyMatch(v -> !EntityTagSyntax.isValid(v))) {
                request.abortWith(RequestRefusals.invalidHeader(condition, condition
                        + " must be * or a list of entity tags such as \"abc\" or W/\"abc\"."));
                return;
            }
        }
        limitBody(request);
    }

    static int headerBytes(MultivaluedMap<String, String> headers) {
        int bytes = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        return bytes;
    }

    /** Why the Content-Type headers cannot be read, or null when there is none or one that can. */
    public static String contentTypeProblem(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            return "Send one Content-Type header: this request has " + values.size() + ".";
        }
        MediaType type;
        try {
            type = MediaType.valueOf(values.get(0));
        } catch (IllegalArgumentException malformed) {
            return "Content-Type is not a media type.";
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !isKnown(charset)) {
            return "Content-Type names a charset this server does not know: " + quoted(charset) + ".";
        }
        return null;
    }

    private static boolean isKnown(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static String quoted(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "\u2026" : text) + "\"";
    }

    /** A body over its limit is refused before it is read when its length is declared, else as it is read. */
    private void limitBody(ContainerRequestContext request) {
        long limit = limits.maxBodyBytes(request.getUriInfo().getPath());
        if (request.getLength() > limit) {
            request.abortWith(RequestRefusals.response(RequestRefusals.bodyTooLarge(limit)));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    /** An entity stream that refuses to give more than its limit. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) {
            read += bytes;
            if (read > limit) {
                throw RequestRefusals.bodyTooLargeException(limit);
            }
        }
    }
}
