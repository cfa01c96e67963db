package lede;

import lede.cli.CommandTree;
import lede.cli.Errors;
import lede.cli.RootCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The whole command tree (the shell completion and man page generators read this class), and main. The
 * root's usage and options are in {@link RootCommand}.
 */
@Command(subcommands = {
        lede.cli.HelpCommand.class,
        lede.cli.IngestCommand.class,
        lede.cli.ExtractCommand.class,
        lede.cli.DedupeCommand.class,
        lede.cli.StatsCommand.class,
        lede.cli.ExportCommand.class,
})
public final class Lede extends RootCommand {
    static {
        // picocli looks for Groovy's Closure class when it first builds a command: a miss that opened every jar
        // on the class path (50, a tenth of `lede stats count`'s start). lede has no Groovy.
        System.setProperty("picocli.disable.closures", "true");
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // the same lines picocli prints, without building its command model (most of the start-up)
            for (String line : RootCommand.versionLines()) {
                System.out.println(line);
            }
            System.exit(0);
        }
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
        return commandLineFor(args).execute(args);
    }

    /** The commands {@code args} name, ready to execute them (see {@link CommandTree}). */
    public static CommandLine commandLineFor(String... args) {
        return configure(CommandTree.build(Lede.class, args));
    }

    /** Every command (for tests and help); {@link #run} builds only the commands its arguments name. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new Lede()));
    }

    private static CommandLine configure(CommandLine commandLine) {
        commandLine.setExecutionExceptionHandler(Errors::handle)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
        lede.cli.GroupedHelp.install(commandLine);
        return commandLine;
    }

    /** This build's version ("unknown" when run from classes without the resource). */
    public static String version() {
        return RootCommand.version();
    }
}
