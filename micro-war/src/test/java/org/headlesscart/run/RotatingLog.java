package org.headlesscart.run;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The run command's log of Payara Micro's output, rotated by size so that it never fills the disk: the current file
 * is {@code payara-micro.log}; when the next line would take it past {@code maxBytes} it becomes
 * {@code payara-micro.log.1}, the older ones move up one, and the one past {@code keep} is deleted. Lines are never
 * split between files. A previous run's log is rotated away at the start.
 */
final class RotatingLog {

    private final Path file;
    private final long maxBytes;
    private final int keep;
    private OutputStream out;
    private long size;

    RotatingLog(Path file, long maxBytes, int keep) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keep = keep;
        if (Files.exists(file) && Files.size(file) > 0) {
            rotate();
        }
        open();
    }

    /** Copies {@code in} line by line until it ends, flushing whenever no more output is waiting. */
    void copy(InputStream in) throws IOException {
        InputStream input = new BufferedInputStream(in);
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        try {
            for (int b; (b = input.read()) != -1;) {
                line.write(b);
                if (b == '\n') {
                    write(line);
                    if (input.available() == 0) {
                        out.flush();
                    }
                }
            }
            if (line.size() > 0) {
                write(line);
            }
        } finally {
            out.close();
        }
    }

    private void write(ByteArrayOutputStream line) throws IOException {
        if (size > 0 && size + line.size() > maxBytes) {
            out.close();
            rotate();
            open();
        }
        line.writeTo(out);
        size += line.size();
        line.reset();
    }

    private void rotate() throws IOException {
        Files.deleteIfExists(numbered(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(numbered(i))) {
                Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (keep > 0) {
            Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void open() throws IOException {
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        size = 0;
    }

    private Path numbered(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }
}
