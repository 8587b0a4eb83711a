package org.headlesscart.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's log stays within its files and sizes, and keeps whole lines. */
class RotatingLogTest {

    @TempDir
    Path dir;

    @Test
    void fullFilesMoveUpAndTheOldestIsDropped() throws IOException {
        Path log = dir.resolve("payara-micro.log");
        StringBuilder output = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            output.append(String.format("line %03d%n", i));     // 9 bytes each
        }

        new RotatingLog(log, 90, 3).copy(new ByteArrayInputStream(output.toString().getBytes(StandardCharsets.UTF_8)));

        assertEquals(lines(90, 100), Files.readString(log));
        assertEquals(lines(80, 90), Files.readString(dir.resolve("payara-micro.log.1")));
        assertEquals(lines(60, 70), Files.readString(dir.resolve("payara-micro.log.3")));
        assertFalse(Files.exists(dir.resolve("payara-micro.log.4")), "at most three old files");
    }

    @Test
    void aLineIsNeverSplitAndALongOneGetsAFileOfItsOwn() throws IOException {
        Path log = dir.resolve("payara-micro.log");
        String stack = "x".repeat(50) + "\n";
        String output = "short\n" + stack + "tail";

        new RotatingLog(log, 20, 2).copy(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)));

        assertEquals("tail", Files.readString(log), "the last line, even without its line break");
        assertEquals(stack, Files.readString(dir.resolve("payara-micro.log.1")));
        assertEquals("short\n", Files.readString(dir.resolve("payara-micro.log.2")));
    }

    @Test
    void thePreviousRunsLogIsKeptAsTheFirstOldOne() throws IOException {
        Path log = dir.resolve("payara-micro.log");
        Files.writeString(log, "last run\n");

        new RotatingLog(log, 1000, 2).copy(new ByteArrayInputStream("this run\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals("this run\n", Files.readString(log));
        assertEquals("last run\n", Files.readString(dir.resolve("payara-micro.log.1")));
        assertTrue(Files.exists(log));
    }

    private static String lines(int from, int to) {
        StringBuilder lines = new StringBuilder();
        for (int i = from; i < to; i++) {
            lines.append(String.format("line %03d%n", i));
        }
        return lines.toString();
    }
}
