package lede.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.Lede;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A full disk: one line naming the file, exit 1, and the output keeps only whole lines. */
class OutputFailureTest {
    @TempDir
    Path dir;

    /** A file stream that takes {@code room} bytes (possibly part of a write) and then fails as a full disk. */
    static OutputStream fullAfter(Path file, int room) throws IOException {
        return new FilterOutputStream(Files.newOutputStream(file)) {
            int left = room;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                int n = Math.min(len, left);
                out.write(b, off, n);
                out.flush();
                left -= n;
                if (n < len) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    @Test
    void aFullDiskLeavesOnlyWholeLinesWhereverTheWriteStopped() throws IOException {
        for (int room = 0; room < 200; room += 7) {
            Path file = dir.resolve("o" + room + ".ndjson");
            OutputStream out = new Output.WholeLines(file, "o.ndjson", fullAfter(file, room));
            NdjsonWriter writer = new NdjsonWriter(out).autoFlush(true);
            WriteFailedException e = assertThrows(WriteFailedException.class, () -> {
                for (int i = 0; i < 20; i++) {
                    ObjectNode document = Json.object();
                    document.put("id", "d" + i);
                    document.put("text", "x".repeat(i));
                    writer.write(document);
                }
            });
            assertEquals("o.ndjson: no space left on device", e.getMessage());
            // later writes and the close fail the same way without adding bytes
            long size = Files.size(file);
            assertThrows(WriteFailedException.class, writer::close);
            assertEquals(size, Files.size(file));
            String written = Files.readString(file);
            assertEquals(written.isEmpty() || written.endsWith("\n") ? written : "whole lines", written, "room " + room);
            for (String line : written.lines().toList()) {
                Json.MAPPER.readTree(line); // each whole
            }
        }
    }

    @Test
    void everyStreamingCommandSaysNoSpaceLeftOnOneLine() throws IOException {
        Path docs = dir.resolve("docs.ndjson");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            lines.append("{\"id\":\"d").append(i).append("\",\"text\":\"The cat sat on mat number ").append(i)
                    .append(".\"}\n");
        }
        Files.writeString(docs, lines);
        String[][] commands = {
                {"ingest", docs.toString()},
                {"dedupe", docs.toString()},
                {"extract", "--only", "quotes", "--threads", "2", docs.toString()},
                {"stats", "count", docs.toString()},
                {"stats", "ngrams", docs.toString()}};
        for (String[] command : commands) {
            StringWriter err = new StringWriter();
            String[] args = new String[command.length + 3];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "-o";
            args[command.length + 1] = "/dev/full";
            args[command.length + 2] = "--skip-bad=" + dir.resolve("bad.ndjson");
            int status = Lede.commandLine().setErr(new PrintWriter(err, true)).execute(args);
            String name = command[0].equals("stats") ? "lede stats " + command[1] : "lede " + command[0];
            String out = err.toString();
            String last = out.lines().reduce((a, b) -> b).orElse("");
            assertEquals(name + ": /dev/full: no space left on device", last, String.join(" ", args));
            assertEquals(1, status, out);
        }
    }
}
