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
        // and it looks up the classes and methods that parse java.sql's and java.time's types, for every command
        // it builds (a tenth of the building): no lede option has such a type (Path, which lede's do, stays)
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // the same lines picocli prints, without building its command model (most of the start-up)
            for (String line : RootCommand.versionLines()) {
                System.out.println(line);
            }
            System.exit(0);
        }
        warmUpAnnotations();
        warmUpTokenizer(args);
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

    /**
     * picocli reads lede's commands through their annotations, and the JDK makes a class at run time for each
     * annotation type read (one per class loader; the class-data sharing archive cannot hold them): about a
     * quarter of a short run's start. This makes them for the types every command has, on a second thread (a
     * second core) while this one builds the command line, which needs {@code @Command} first; and reads the
     * annotations of {@code Object}'s methods, which picocli looks through for every command.
     * {@code -Dlede.warmup=off} leaves it out (scripts/bench/startup compares).
     */
    private static void warmUpAnnotations() {
        if ("off".equals(System.getProperty("lede.warmup"))) {
            return;
        }
        Thread thread = new Thread(() -> {
            for (Class<?> type : new Class<?>[]{CommandLine.Spec.class, CommandLine.Option.class,
                    CommandLine.Mixin.class, CommandLine.Parameters.class}) {
                // the class the JDK makes for an annotation of this type: same class loader, same interface
                java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                        (proxy, method, arguments) -> null);
            }
            for (java.lang.reflect.Method method : Object.class.getMethods()) {
                method.getAnnotations();
            }
        }, "lede-warm-up-annotations");
        thread.setDaemon(true);
        thread.start();
    }

    /** The stats reports that tokenize each document (with CoreNLP's tokenizer, {@link lede.stats.Words}). */
    private static final java.util.Set<String> TOKENIZING_REPORTS =
            java.util.Set.of("count", "ngrams", "collocations", "keyness", "kwic", "cooccur");

    /**
     * For a report that tokenizes, readies the tokenizer on a second thread (a second core) while this one
     * builds the command line: each takes about 0.1 s of a short run. A failure there is left for the report
     * itself to meet and report. {@code -Dlede.warmup=off} leaves it out (scripts/bench/startup compares).
     */
    private static void warmUpTokenizer(String[] args) {
        if (args.length < 2 || !args[0].equals("stats") || !TOKENIZING_REPORTS.contains(args[1])
                || "off".equals(System.getProperty("lede.warmup"))) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                lede.stats.Words.warmUp();
            } catch (RuntimeException | LinkageError e) {
                // the report tokenizes again and says what went wrong
            }
        }, "lede-warm-up");
        thread.setDaemon(true);
        thread.start();
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
