package lede.cli;

import lede.Lede;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Start-up builds only the commands named; what a user sees is the same as from the whole tree. */
class CommandTreeTest {

    private static List<String> names(CommandLine command) {
        return new ArrayList<>(command.getSubcommands().keySet());
    }

    @Test
    void buildsOnlyTheNamedCommands() {
        CommandLine root = Lede.commandLineFor("stats", "count", "docs.ndjson");
        assertEquals(List.of("stats"), names(root));
        assertEquals(List.of("count"), names(root.getSubcommands().get("stats")));
        assertEquals(List.of("extract"), names(Lede.commandLineFor("extract", "--threads", "2")));
        assertEquals(List.of(), names(Lede.commandLineFor("--version")));
    }

    @Test
    void buildsTheWholeTreeWhereTheNextWordNamesNoCommand() {
        List<String> all = List.of("help", "ingest", "extract", "dedupe", "stats", "export");
        assertEquals(all, names(Lede.commandLineFor()));
        assertEquals(all, names(Lede.commandLineFor("help", "stats", "kwic")));
        assertEquals(all, names(Lede.commandLineFor("--help")));
        assertEquals(all, names(Lede.commandLineFor("extrct")));
        assertEquals(9, Lede.commandLineFor("stats", "cont").getSubcommands().get("stats").getSubcommands().size());
    }

    @Test
    void everyUsageAndErrorIsTheWholeTreesOne() {
        List<String[]> commandLines = new ArrayList<>();
        commandLines.add(new String[]{"--help"});
        commandLines.add(new String[]{"--version"});
        commandLines.add(new String[]{"stats"});
        commandLines.add(new String[]{"stats", "cont"});
        commandLines.add(new String[]{"extrct"});
        for (CommandLine command : Lede.commandLine().getSubcommands().values()) {
            commandLines.add(new String[]{command.getCommandName(), "--help"});
            for (String report : command.getSubcommands().keySet()) {
                commandLines.add(new String[]{command.getCommandName(), report, "--help"});
            }
        }
        assertEquals(5 + 6 + 9, commandLines.size());
        for (String[] args : commandLines) {
            assertEquals(run(Lede.commandLine(), args), run(Lede.commandLineFor(args), args), String.join(" ", args));
        }
    }

    @Test
    void theVersionPrintedWithoutPicocliIsPicoclisOwn() {
        String expected = "0\n" + String.join(System.lineSeparator(), RootCommand.versionLines()) + System.lineSeparator() + "\n";
        assertEquals(expected, run(Lede.commandLine(), new String[]{"--version"}));
        assertEquals(expected, run(Lede.commandLine(), new String[]{"-V"}));
    }

    /** Exit status, standard output and standard error of a command line. */
    private static String run(CommandLine commandLine, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return status + "\n" + out + "\n" + err;
    }
}
