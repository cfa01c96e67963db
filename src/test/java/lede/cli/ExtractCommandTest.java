package lede.cli;

import lede.Lede;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Option errors are reported before any model is loaded. */
class ExtractCommandTest {
    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Lede.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new String[]{Integer.toString(status), err.toString()};
    }

    @Test
    void unknownOutputIsAUserError() {
        String[] result = run("extract", "--only", "entities,people");
        assertEquals("1", result[0]);
        assertTrue(result[1].startsWith("lede extract: unknown output 'people' for --only; choose from entities, dates"),
                result[1]);
    }

    @Test
    void badNumbersAreUserErrors() {
        assertEquals("lede extract: --threads must be at least 1\n", run("extract", "--threads", "0")[1]);
        assertEquals("lede extract: --max-chars must be at least 1000\n", run("extract", "--max-chars", "10")[1]);
    }

    @Test
    void missingAliasFileIsAUserError() {
        assertEquals("lede extract: no-such.tsv: no such file\n", run("extract", "--aliases", "no-such.tsv")[1]);
    }

    @Test
    void helpHasAPurposeAndExamples() {
        StringWriter out = new StringWriter();
        CommandLine cli = Lede.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertEquals(0, cli.execute("extract", "--help"));
        assertTrue(out.toString().contains("--only"));
        assertTrue(out.toString().contains("lede ingest articles/ | lede extract > annotated.ndjson"));
    }
}
