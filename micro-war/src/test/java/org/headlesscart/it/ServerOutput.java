package org.headlesscart.it;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server's log as the suite sees it, so that a test can measure what a stretch of time wrote (bytes and stack
 * frames). Payara Micro: with {@code headlesscart.it.console=true} the adapter prints every line of the server's
 * output to {@code System.out}, which this extension (registered before Arquillian's) sends to
 * {@code headlesscart.it.server-log} instead of the build's console, counting as it goes. Payara Server writes its
 * own {@code server.log}, rotated: with {@code headlesscart.it.server-log-dir} the extension reads all of them.
 */
public final class ServerOutput implements BeforeAllCallback, AfterAllCallback {

    private static ServerOutput current;

    private PrintStream original;
    private Counting sink;

    /** What the server had written at one moment. */
    record Mark(long bytes, long stackFrames) {
    }

    static ServerOutput current() {
        return current;
    }

    private Path logDir;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        current = this;
        if (System.getProperty("headlesscart.it.server-log-dir") != null) {
            logDir = Path.of(System.getProperty("headlesscart.it.server-log-dir"));
            return;
        }
        if (System.getProperty("headlesscart.it.server-log") == null) {
            return;                               // not the outage suite's execution (OutageDatabase skips it)
        }
        Path file = Path.of(System.getProperty("headlesscart.it.server-log"));
        Files.createDirectories(file.getParent());
        sink = new Counting(new BufferedOutputStream(Files.newOutputStream(file)));
        original = System.out;
        System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        current = null;
        if (sink == null) {
            return;
        }
        System.out.flush();
        System.setOut(original);
        System.out.println("Server output: " + System.getProperty("headlesscart.it.server-log"));
    }

    Mark mark() throws IOException {
        return sink != null ? sink.mark() : readLogs();
    }

    /** All of Payara Server's {@code server.log*} files (the current one and those rotated away) summed up. */
    private Mark readLogs() throws IOException {
        long bytes = 0;
        long frames = 0;
        try (var files = Files.list(logDir)) {
            Iterable<Path> logs = files.filter(f -> f.getFileName().toString().startsWith("server.log"))::iterator;
            for (Path file : logs) {
                Counting counting = new Counting(OutputStream.nullOutputStream());
                Files.copy(file, counting);
                Mark mark = counting.mark();
                bytes += mark.bytes();
                frames += mark.stackFrames();
            }
        }
        return new Mark(bytes, frames);
    }

    /** Counts bytes and lines that are stack frames ({@code "\tat "} after a line break). */
    private static final class Counting extends OutputStream {

        private final OutputStream out;
        private long bytes;
        private long frames;
        private int lineStart;           // how many bytes of the current line have been seen, up to 4
        private final byte[] head = new byte[4];

        Counting(OutputStream out) {
            this.out = out;
        }

        synchronized Mark mark() {
            return new Mark(bytes, frames);
        }

        @Override
        public synchronized void write(int b) throws IOException {
            out.write(b);
            count(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                count(b[i]);
            }
        }

        private void count(int b) {
            bytes++;
            if (b == '\n') {
                lineStart = 0;
            } else if (lineStart < 4) {
                head[lineStart++] = (byte) b;
                if (lineStart == 4 && head[0] == '\t' && head[1] == 'a' && head[2] == 't' && head[3] == ' ') {
                    frames++;
                }
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            out.flush();
        }

        @Override
        public synchronized void close() throws IOException {
            out.close();
        }
    }
}
