package lede.io;

import lede.Lede;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A line longer than the limit is a bad record, read past in bounded memory; shorter lines are untouched. */
class LineLimitTest {
    @TempDir
    Path dir;

    @Test
    void everyLengthAroundTheLimitWithAndWithoutCr() throws IOException {
        int limit = 1024;
        for (int length = limit - 3; length <= limit + 3; length++) {
            for (String end : new String[]{"\n", "\r\n", ""}) {
                byte[] input = ("first\n" + "x".repeat(length) + end + (end.isEmpty() ? "" : "last\n"))
                        .getBytes(StandardCharsets.US_ASCII);
                LineReader lines = new LineReader(new ByteArrayInputStream(input), limit);
                assertTrue(lines.next());
                assertFalse(lines.tooLong());
                assertTrue(lines.next());
                assertEquals(length > limit, lines.tooLong(), length + " " + end.length());
                assertEquals(length > limit ? 0 : length, lines.length());
                assertEquals(2, lines.number());
                if (!end.isEmpty()) {
                    assertTrue(lines.next());
                    assertEquals("last", new String(lines.bytes(), 0, lines.length(), StandardCharsets.US_ASCII));
                }
                assertFalse(lines.next());
            }
        }
    }

    /** Bounded memory: 64 MB of one line never grows the buffer past the limit. */
    @Test
    void aHugeLineIsReadPastInBoundedMemory() throws IOException {
        long huge = 64L << 20;
        InputStream endless = new InputStream() {
            long left = huge;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : left == -1 ? '\n' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left < 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left + 1);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                if (left < 0) {
                    b[off + n - 1] = '\n';
                }
                return n;
            }
        };
        LineReader lines = new LineReader(endless, 4096);
        assertTrue(lines.next());
        assertTrue(lines.tooLong());
        assertTrue(lines.bytes().length <= 4097, "buffer " + lines.bytes().length);
        assertFalse(lines.next());
    }

    @Test
    void theCommandsRejectALongLineNamingFileAndLine() throws IOException {
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"" + "y".repeat(5000)
                + "\"}\n{\"id\":\"c\",\"text\":\"z\"}\n");
        StringWriter err = new StringWriter();
        int status = Lede.commandLine().setErr(new PrintWriter(err, true)).execute(
                "stats", "count", "--max-line-bytes", "2048", "-o", dir.resolve("o.ndjson").toString(), in.toString());
        assertEquals(1, status);
        assertEquals("lede stats count: " + in + ":2: line longer than 2048 bytes (a bigger limit: --max-line-bytes)",
                err.toString().strip());

        Path skipped = dir.resolve("bad.ndjson");
        List<String> out = new ArrayList<>();
        err.getBuffer().setLength(0);
        Path o = dir.resolve("o2.ndjson");
        assertEquals(0, Lede.commandLine().setErr(new PrintWriter(err, true)).execute("dedupe", "--max-line-bytes",
                "2048", "--skip-bad", skipped.toString(), "-o", o.toString(), in.toString()));
        out.addAll(Files.readAllLines(o));
        assertEquals(2, out.size());
        assertEquals("{\"file\":\"" + in + "\",\"line\":2,\"reason\":\"line longer than 2048 bytes (a bigger limit: "
                + "--max-line-bytes)\",\"record\":null}", Files.readString(skipped).strip());
        // ingest reads NDJSON lines with the same limit
        Path ingestBad = dir.resolve("ingest-bad.ndjson");
        Path ingested = dir.resolve("ingested.ndjson");
        assertEquals(0, Lede.commandLine().setErr(new PrintWriter(err, true)).execute("ingest", "-q",
                "--max-line-bytes", "2048", "--skip-bad", ingestBad.toString(), "-o", ingested.toString(), in.toString()));
        assertEquals(2, Files.readAllLines(ingested).size());
        assertEquals("{\"file\":\"" + in + "\",\"line\":2,\"reason\":\"line longer than 2048 bytes (a bigger limit: "
                + "--max-line-bytes)\",\"record\":null}", Files.readString(ingestBad).strip());
        // the default lets it through
        assertEquals(0, Lede.commandLine().setErr(new PrintWriter(err, true)).execute(
                "stats", "count", "-o", dir.resolve("o3.ndjson").toString(), in.toString()));
        assertEquals(2, Lede.commandLine().setErr(new PrintWriter(err, true)).execute(
                "stats", "count", "--max-line-bytes", "10", in.toString()));
    }
}
