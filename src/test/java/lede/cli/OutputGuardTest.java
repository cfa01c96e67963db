package lede.cli;

import lede.Lede;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An output that names an input (by any name) or another output is refused before anything is opened. */
class OutputGuardTest {
    @TempDir
    Path dir;

    private static final String DOCS = "{\"id\":\"a\",\"text\":\"Kyiv said on Monday.\"}\n{\"id\":\"b\",\"text\":\"Kyiv said on Monday.\"}\n";

    private String[] result(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Lede.commandLine().setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new String[]{String.valueOf(status), err.toString()};
    }

    private Path docs(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, DOCS);
        return file;
    }

    @Test
    void everyCommandRefusesToWriteOverItsInput() throws Exception {
        Path w = docs("w.ndjson");
        String[][] commands = {
                {"dedupe", "-o", w.toString(), w.toString()},
                {"ingest", "-o", w.toString(), w.toString()},
                {"stats", "count", "-o", w.toString(), w.toString()},
                {"extract", "-o", w.toString(), w.toString()},
                {"export", "-o", w.toString(), w.toString()},
                {"dedupe", "--report", w.toString(), w.toString()},
                {"dedupe", "--skip-bad", w.toString(), w.toString()},
        };
        for (String[] command : commands) {
            String[] r = result(command);
            assertEquals("1", r[0], String.join(" ", command));
            String option = command[command.length - 3];
            assertEquals("lede " + (command[0].equals("stats") ? "stats count" : command[0]) + ": " + option + " " + w
                    + " would overwrite the input " + w + "; write somewhere else\n", r[1], String.join(" ", command));
            assertEquals(DOCS, Files.readString(w), "input untouched by " + String.join(" ", command));
        }
    }

    @Test
    void theSameFileUnderAnotherNameIsTheSameFile() throws Exception {
        Path w = docs("w.ndjson");
        Path hard = Files.createLink(dir.resolve("hard.ndjson"), w);
        Path soft = Files.createSymbolicLink(dir.resolve("soft.ndjson"), w);
        Path dotted = dir.resolve("sub/../w.ndjson");
        Files.createDirectories(dir.resolve("sub"));
        for (Path other : new Path[]{hard, soft, dotted}) {
            String[] r = result("dedupe", "-o", other.toString(), w.toString());
            assertEquals("1", r[0], other.toString());
            assertEquals(DOCS, Files.readString(w));
        }
    }

    @Test
    void twoOutputsThatAreOneFile() throws Exception {
        Path in = docs("in.ndjson");
        Path out = dir.resolve("out.ndjson");
        String[] r = result("dedupe", "-o", out.toString(), "--skip-bad", out.toString(), in.toString());
        assertEquals("1", r[0]);
        assertEquals("lede dedupe: -o and --skip-bad name the same file, " + out + "; give each its own\n", r[1]);
    }

    @Test
    void anOutputInsideAnInputFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), "Kyiv said on Monday that the city was calm.\n");
        Path out = folder.resolve("docs.ndjson");
        String[] r = result("ingest", "-o", out.toString(), folder.toString());
        assertEquals("1", r[0]);
        assertEquals("lede ingest: -o " + out + " would overwrite the input " + folder
                + " (it is inside that folder); write somewhere else\n", r[1]);
        assertEquals(false, Files.exists(out));
        // elsewhere is fine
        assertEquals("0", result("ingest", "-q", "-o", dir.resolve("docs.ndjson").toString(), folder.toString())[0]);
    }
}
