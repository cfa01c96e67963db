package lede.cli;

import lede.io.Output;
import lede.io.Rejects;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Options every streaming command shares: where output and bad records go. */
public final class IoOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout.")
    public Path output;

    @Option(names = "--skip-bad", paramLabel = "FILE",
            description = "Write bad input records to FILE (NDJSON with file, line, reason) and go on, "
                    + "instead of stopping at the first one.")
    public Path skipBad;

    public Rejects rejects() {
        return skipBad == null ? Rejects.failFast() : Rejects.to(skipBad);
    }

    public OutputStream openOutput() {
        return Output.open(output);
    }

    /** The output file, kept and appended to (for --resume). */
    public OutputStream openOutputForAppend() {
        return Output.open(output, true);
    }

    /** The end-of-run line about skipped records, when there were any. */
    public static void reportSkipped(PrintWriter err, String command, Rejects rejects) {
        if (rejects.count() > 0) {
            err.println(command + ": skipped " + rejects.count() + " bad record"
                    + (rejects.count() == 1 ? "" : "s") + " (see " + rejects.path() + ")");
        }
    }
}
