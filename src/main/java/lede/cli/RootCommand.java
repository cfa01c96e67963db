package lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The {@code lede} command without its subcommands: {@link lede.Lede} adds them. Start-up builds only the
 * subcommand a command line names ({@link CommandTree}), so the root's usage and options live here apart.
 */
@Command(name = "lede",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = {
                "Turn a pile of news articles into facts a reporter can use.",
                "",
                "Every command reads and writes newline-delimited JSON, one document or",
                "result row per line, from files or stdin to stdout, so commands chain in pipelines.",
        },
        footer = {"", "Examples:",
                "  lede ingest articles/ | lede extract | lede dedupe > docs.ndjson",
                "  lede stats entities --by month docs.ndjson | lede export --xlsx entities.xlsx",
                "",
                "Run 'lede help COMMAND' or 'lede COMMAND --help' for a command's options and examples,",
                "'lede help topics' for the document format, the filter language, the cleaning rules and quality."})
public class RootCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** This build's version ("unknown" when run from classes without the resource). */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = RootCommand.class.getResourceAsStream("/lede/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // unknown, then
        }
        return properties.getProperty("version", "unknown");
    }

    /** What {@code lede --version} prints, one line each. */
    public static String[] versionLines() {
        return new Version().getVersion();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{
                    "lede " + version(),
                    "document format " + lede.io.DocumentFormat.VERSION,
                    "Licence GPL-3.0-or-later; uses Stanford CoreNLP (GPL v3+)."};
        }
    }
}
