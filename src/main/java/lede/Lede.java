package lede;

import lede.cli.Errors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

@Command(name = "lede",
        mixinStandardHelpOptions = true,
        versionProvider = Lede.Version.class,
        description = {
                "Turn a pile of news articles into facts a reporter can use.",
                "",
                "Every command reads and writes newline-delimited JSON, one document or",
                "result row per line, from files or stdin to stdout, so commands chain in pipelines.",
        },
        subcommands = {
                lede.cli.HelpCommand.class,
                lede.cli.IngestCommand.class,
                lede.cli.ExtractCommand.class,
                lede.cli.DedupeCommand.class,
                lede.cli.StatsCommand.class,
                lede.cli.ExportCommand.class,
        },
        footer = {"", "Examples:",
                "  lede ingest articles/ | lede extract | lede dedupe > docs.ndjson",
                "  lede stats entities --by month docs.ndjson | lede export --xlsx entities.xlsx",
                "",
                "Run 'lede help COMMAND' or 'lede COMMAND --help' for a command's options and examples,",
                "'lede help topics' for the document format, the filter language, the cleaning rules and quality."})
public final class Lede implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (OutOfMemoryError e) {
            // picocli passes only Exceptions to the handler; an Error would end in a JVM stack trace
            System.err.println("lede: out of memory; give the JVM more with LEDE_JAVA_OPTS=-Xmx...");
            status = 1;
        }
        System.exit(status);
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Lede())
                .setExecutionExceptionHandler(Errors::handle)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
        lede.cli.GroupedHelp.install(commandLine);
        return commandLine;
    }

    /** This build's version ("unknown" when run from classes without the resource). */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Lede.class.getResourceAsStream("/lede/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // unknown, then
        }
        return properties.getProperty("version", "unknown");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Lede.class.getResourceAsStream("/lede/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[]{
                    "lede " + properties.getProperty("version", "unknown"),
                    "document format " + lede.io.DocumentFormat.VERSION,
                    "Licence GPL-3.0-or-later; uses Stanford CoreNLP (GPL v3+)."};
        }
    }
}
