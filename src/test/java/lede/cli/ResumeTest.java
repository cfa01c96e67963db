package lede.cli;

import lede.Lede;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long runs: a real {@code lede extract} process is killed with SIGKILL, resumed and stopped with SIGTERM,
 * then resumed to the end; the output file equals an uninterrupted run byte for byte.
 */
class ResumeTest {
    private static final String[] EXTRACT = {"extract", "--only", "entities", "--threads", "1", "--quiet"};

    @TempDir
    Path dir;

    @Test
    void killedAndStoppedRunsResumeToTheSameBytes() throws Exception {
        Path input = dir.resolve("seed-paragraphs-60.ndjson");
        Files.write(input, seedParagraphDocuments(60));
        Path expected = dir.resolve("expected.ndjson");
        List<String> args = new ArrayList<>(List.of(EXTRACT));
        args.addAll(List.of("-o", expected.toString(), input.toString()));
        assertEquals(0, Lede.commandLine().execute(args.toArray(String[]::new)));

        Path output = dir.resolve("out.ndjson");
        // 1. kill -9 after a few documents, and leave half a line behind as a crash mid-write would
        Process first = start(output, input);
        waitForLines(output, 3, first);
        first.destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);
        int done = lines(output);
        assertTrue(done >= 3 && done < 60, "lines after kill -9: " + done);
        Files.writeString(output, "{\"id\":\"p99\",\"title\":\"HALF", StandardOpenOption.APPEND);

        // 2. resume, then stop with SIGTERM: prompt exit 143, and the file ends on a complete line
        Process second = start(output, input);
        waitForLines(output, done + 3, second);
        second.destroy();
        assertTrue(second.waitFor(20, TimeUnit.SECONDS), "SIGTERM did not stop extract promptly");
        assertEquals(143, second.exitValue());
        byte[] stopped = Files.readAllBytes(output);
        assertEquals('\n', stopped[stopped.length - 1]);
        assertTrue(lines(output) < 60, "the run should have been stopped before the end");

        // 3. resume to the end
        Process third = start(output, input);
        assertTrue(third.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, third.exitValue(), new String(third.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(output));
    }

    /** Documents of two seed paragraphs each (real text, in the repository), as NDJSON lines. */
    static List<String> seedParagraphDocuments(int count) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                for (String paragraph : Files.readString(file).split("\n\\s*\n")) {
                    if (paragraph.strip().length() > 80) {
                        paragraphs.add(paragraph.strip());
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var doc = lede.io.Json.object();
            doc.put("id", "p" + i);
            doc.put("date", "2022-09-09");
            doc.put("text", paragraphs.get(2 * i % paragraphs.size()) + "\n\n" + paragraphs.get((2 * i + 1) % paragraphs.size()));
            lines.add(doc.toString());
        }
        return lines;
    }

    private static Process start(Path output, Path input) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/lede"));
        command.addAll(List.of(EXTRACT));
        command.addAll(List.of("--resume", "-o", output.toString(), input.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LEDE_CLASSPATH", System.getProperty("java.class.path"));
        // bash must not stay between us and java: the launcher execs java, so signals reach the JVM
        return builder.start();
    }

    private static void waitForLines(Path file, int count, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (lines(file) < count) {
            assertTrue(process.isAlive(), "extract ended early");
            assertTrue(System.nanoTime() < deadline, "extract wrote too slowly");
            Thread.sleep(50);
        }
    }

    private static int lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        int n = 0;
        for (byte b : Files.readAllBytes(file)) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
