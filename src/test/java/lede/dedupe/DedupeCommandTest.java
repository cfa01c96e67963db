package lede.dedupe;

import lede.Lede;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DedupeCommandTest {
    @Test
    void dropAndReportFromFilesReadTwice(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("seeds/001_e346fb210af27363.txt"));
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"a\",\"text\":" + lede.io.Json.MAPPER.writeValueAsString(text) + "}",
                "not json",
                "{\"id\":\"b\",\"text\":" + lede.io.Json.MAPPER.writeValueAsString(text.toUpperCase()) + "}",
                "{\"id\":\"c\",\"text\":\"Something else entirely.\"}") + "\n");
        Path out = dir.resolve("out.ndjson");
        Path report = dir.resolve("report.ndjson");
        Path bad = dir.resolve("bad.ndjson");
        StringWriter err = new StringWriter();
        int status = Lede.commandLine().setErr(new PrintWriter(err)).execute("dedupe", in.toString(), "--drop",
                "--report", report.toString(), "--skip-bad", bad.toString(), "-o", out.toString(), "--threads", "2");
        assertEquals(0, status, err.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"a\""));
        assertTrue(lines.get(0).endsWith(",\"dup\":{\"cluster\":\"a\",\"size\":2}}"));
        assertEquals("{\"id\":\"c\",\"text\":\"Something else entirely.\"}", lines.get(1));
        assertEquals(List.of("{\"cluster\":\"a\",\"size\":2,\"members\":[\"a\",\"b\"],\"exact\":1,"
                + "\"min_similarity\":1.0,\"max_similarity\":1.0,\"copies\":[{\"id\":\"b\",\"similarity\":1.0,"
                + "\"containment\":1.0,\"method\":\"exact\"}]}"), Files.readAllLines(report));
        assertEquals(1, Files.readAllLines(bad).size()); // the bad line is reported once, not once per pass
        assertEquals("lede dedupe: skipped 1 bad record (see " + bad + ")", err.toString().strip());
    }

    @Test
    void aPipeIsSpilledAndReadAgain(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        String text = lede.io.Json.MAPPER.writeValueAsString(Files.readString(Path.of("seeds/003_7d3ec2061dc0c35b.txt")));
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "{\"id\":\"a\",\"text\":" + text + "}\n{\"id\":\"b\",\"text\":" + text + "}\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Path out = dir.resolve("out.ndjson");
        StringWriter err = new StringWriter();
        int status = Lede.commandLine().setErr(new PrintWriter(err)).execute("dedupe", fifo.toString(),
                "--temp-dir", dir.toString(), "-o", out.toString());
        writer.join();
        assertEquals(0, status, err.toString());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).endsWith(",\"dup\":{\"cluster\":\"a\",\"size\":2}}"));
        assertTrue(lines.get(1).endsWith(",\"dup\":{\"cluster\":\"a\",\"of\":\"a\",\"similarity\":1.0,\"containment\":1.0,"
                + "\"method\":\"exact\"}}"));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("out.ndjson", "pipe"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void badOptionValuesAreOneLineErrors() {
        StringWriter err = new StringWriter();
        int status = Lede.commandLine().setErr(new PrintWriter(err))
                .execute("dedupe", "--keep", "newest", "seeds/none.ndjson");
        assertEquals(1, status);
        assertEquals("lede dedupe: --keep must be first, longest or earliest, not newest", err.toString().strip());
    }
}
