package lede.cli;

import lede.io.IoErrors;
import lede.io.LedeException;
import lede.io.OneLine;
import lede.io.WriteFailedException;
import lede.io.BadOptionException;
import picocli.CommandLine;

/** How a command's failure reaches the user: one line, no stack trace for user errors; exit 2 for a bad option. */
public final class Errors {
    private Errors() {
    }

    public static int handle(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        String name = command.getCommandSpec().qualifiedName();
        if (IoErrors.isBrokenPipe(e)) {
            return 0; // the reader went away (| head): not an error
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WriteFailedException failed) { // a full disk, wherever it surfaced
                command.getErr().println(name + ": " + OneLine.of(failed.getMessage()));
                return 1;
            }
        }
        if (e instanceof BadOptionException) {
            command.getErr().println(name + ": " + OneLine.of(e.getMessage()));
            return 2;
        }
        if (e instanceof LedeException) {
            command.getErr().println(name + ": " + OneLine.of(e.getMessage()));
            return 1;
        }
        if (e.getCause() instanceof OutOfMemoryError) {
            command.getErr().println(name + ": out of memory; give the JVM more with LEDE_JAVA_OPTS=-Xmx...");
            return 1;
        }
        command.getErr().println(name + ": internal error: " + OneLine.of(e.toString())
                + " (set LEDE_DEBUG=1 for a stack trace, and please report it)");
        if (System.getenv("LEDE_DEBUG") != null) {
            e.printStackTrace(command.getErr());
        }
        return 2;
    }
}
