package lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code lede help [TOPIC | COMMAND...]}: a topic text (kept under {@code src/main/resources/lede/help/}) or a
 * command's usage, in the style of {@code mlr help topics}. Topics are looked up first, then commands.
 * Not a picocli help command, because picocli ignores a help command's exit status and an unknown name
 * must exit 2.
 */
@Command(name = "help",
        description = {"Show a help topic, or a command's options and examples.",
                "",
                "With no argument: the commands and the topics."},
        footer = {"", "Examples:",
                "  lede help format",
                "  lede help extract",
                "  lede help stats kwic"})
public final class HelpCommand implements Callable<Integer> {
    /** The topics, in the order 'lede help topics' lists them; each is lede/help/NAME.txt. */
    public static final List<String> TOPICS = List.of("format", "where", "rules", "quality", "spark", "topics");

    @CommandLine.Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TOPIC|COMMAND", arity = "0..*",
            description = "A topic (lede help topics lists them) or a command, such as extract or stats kwic.")
    List<String> words = new ArrayList<>();

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        CommandLine self = spec.commandLine();
        CommandLine root = self.getParent() != null ? self.getParent() : self;
        PrintWriter out = self.getOut();
        if (words.isEmpty()) {
            root.usage(out, root.getColorScheme());
            out.println();
            out.print(topic("topics"));
            out.flush();
            return 0;
        }
        if (words.size() == 1 && TOPICS.contains(words.get(0))) {
            out.print(topic(words.get(0)));
            out.flush();
            return 0;
        }
        CommandLine command = root;
        for (String word : words) {
            CommandLine sub = command.getSubcommands().get(word);
            if (sub == null) {
                self.getErr().println("lede help: no topic or command '" + String.join(" ", words) + "'; topics: "
                        + String.join(", ", TOPICS) + "; commands: " + names(command));
                self.getErr().flush();
                return 2;
            }
            command = sub;
        }
        command.usage(out, command.getColorScheme());
        out.flush();
        return 0;
    }

    private static String names(CommandLine command) {
        List<String> names = new ArrayList<>(command.getSubcommands().keySet());
        if (command.getParent() != null) {
            names.replaceAll(name -> command.getCommandName() + " " + name);
        }
        return String.join(", ", names);
    }

    /** The text of a topic. */
    public static String topic(String name) {
        try (InputStream in = HelpCommand.class.getResourceAsStream("/lede/help/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("help topic missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
