package lede.cli;

import lede.Lede;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help that teaches: a purpose, grouped options and two examples for every command; suggestions for typos. */
class HelpTest {

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        for (CommandLine sub : root.getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) {
                continue;
            }
            all.add(sub);
            all.addAll(commands(sub));
        }
        return all;
    }

    private static String help(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Lede.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertEquals(0, cli.execute(args));
        return out.toString();
    }

    @Test
    void everyCommandHasAPurposeGroupedOptionsAndTwoExamples() {
        List<CommandLine> all = commands(Lede.commandLine());
        assertEquals(14, all.size()); // ingest, extract, dedupe, stats, export, and the nine stats reports
        for (CommandLine command : all) {
            String name = command.getCommandSpec().qualifiedName(" ").replaceFirst("^lede ", "");
            String text = help((name + " --help").split(" "));
            String[] description = command.getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0 && !description[0].isBlank(), name + ": no purpose line");
            assertTrue(text.contains("\nHelp:\n  -h, --help"), name + ": no help group");
            if (command.getSubcommands().isEmpty()) {
                assertTrue(text.contains("\nOptions:\n") && text.contains("\nInput and output:\n  -o, --output=FILE"),
                        name + ": options not grouped:\n" + text);
            }
            int examples = text.indexOf("Examples:\n");
            assertTrue(examples > 0, name + ": no examples");
            long lines = text.substring(examples).lines().filter(l -> l.startsWith("  lede ")).count();
            assertTrue(lines >= 2, name + ": fewer than two examples");
            if (!name.contains(" ")) {
                assertEquals(text, help("help", name), name + ": lede help differs from --help");
            }
        }
    }

    @Test
    void typosGetTheNearestOptionOrCommand() {
        StringWriter err = new StringWriter();
        CommandLine cli = Lede.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertEquals(2, cli.execute("dedupe", "--threshhold", "0.5"));
        assertTrue(err.toString().contains("Possible solutions: --threshold"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, cli.execute("extrct"));
        assertTrue(err.toString().contains("Did you mean: lede extract"), err.toString());
    }
}
