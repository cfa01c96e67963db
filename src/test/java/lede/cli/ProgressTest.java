package lede.cli;

import lede.Lede;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress on stderr: on request or when stderr is a terminal, never mixed into stdout. */
class ProgressTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result lede(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Lede.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    private Path documents(int count) throws Exception {
        Path file = dir.resolve("docs.ndjson");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add("{\"id\":\"d" + i + "\",\"date\":\"2022-09-0" + (1 + i % 9) + "\",\"text\":\"Kyiv said on Monday.\"}");
        }
        Files.write(file, lines);
        return file;
    }

    @Test
    void progressOnRequestEndsWithTheWholeFileRead() throws Exception {
        Path docs = documents(300);
        Result r = lede("stats", "count", "--progress", "-o", dir.resolve("count.ndjson").toString(), docs.toString());
        assertEquals(0, r.status);
        // the last drawing of the line, after the run: every document, all of the file
        String last = r.err.substring(r.err.lastIndexOf("\r\033[K") + 4);
        assertTrue(last.matches("lede stats count: 300 documents, \\d+ s \\([0-9,.]+ documents/s\\), 100% of "
                + (Files.size(docs) + 999) / 1000 + " kB\n"), last);
    }

    @Test
    void noProgressWhenStderrIsNotATerminalOrWhenRefused() throws Exception {
        Path docs = documents(10);
        assertEquals("", lede("stats", "count", "-o", dir.resolve("count.ndjson").toString(), docs.toString()).err);
        String was = System.getProperty("lede.stderr.tty");
        System.setProperty("lede.stderr.tty", "true");
        try {
            assertEquals("", lede("export", "--no-progress", "-o", dir.resolve("d.csv").toString(), docs.toString()).err);
            String drawn = lede("export", "-o", dir.resolve("d.csv").toString(), docs.toString()).err;
            assertTrue(drawn.startsWith("\r\033[Klede export: 10 documents, "), drawn);
        } finally {
            if (was == null) {
                System.clearProperty("lede.stderr.tty");
            } else {
                System.setProperty("lede.stderr.tty", was);
            }
        }
    }

    /** With stdin a terminal (the launcher says so), one line says how to end the input; Ctrl-D ends it. */
    @Test
    void stdinFromATerminalIsAnnouncedOnce() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dlede.stdin.tty=true", "-cp", System.getProperty("java.class.path"),
                "lede.Lede", "stats", "count").redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), err);
        assertEquals("lede stats count: reading documents from stdin (Ctrl-D to end)\n", err);
        assertEquals("", out); // no documents, no rows
    }

    @Test
    void statsWithoutAReportIsAUsageError() {
        Result r = lede("stats");
        assertEquals(2, r.status);
        assertTrue(r.err.startsWith("lede stats: name a report: count, entities, quotes, quantities, cooccur, ngrams, "
                + "collocations, keyness, kwic (lede stats REPORT --help for one)\n"), r.err);
    }

    @Test
    void excelGoesWithCsv() throws Exception {
        Path docs = documents(2);
        Path csv = dir.resolve("d.csv");
        assertEquals(0, lede("export", "--csv", "--excel", "--fields", "id", "-o", csv.toString(), docs.toString()).status);
        assertEquals("\uFEFFid\r\nd0\r\nd1\r\n", Files.readString(csv));
        assertEquals(0, lede("export", "--tsv", "--excel", "--fields", "id,date", "-o", csv.toString(), docs.toString()).status);
        assertEquals("\uFEFFid\tdate\r\nd0\t2022-09-01\r\nd1\t2022-09-02\r\n", Files.readString(csv));
        Result both = lede("export", "--csv", "--tsv", docs.toString());
        assertEquals(1, both.status);
        assertEquals("lede export: choose one of --csv, --tsv, --xlsx, --sqlite, --html (--excel goes with --csv or --tsv)\n", both.err);
    }
}
