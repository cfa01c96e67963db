package lede.cli;

import lede.io.DocumentSource;
import lede.io.LineReader;
import lede.io.NdjsonReader;
import lede.io.OptionCheck;
import lede.io.Output;
import lede.io.Rejects;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Options every streaming command shares: where output and bad records go. */
public final class IoOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout.")
    public Path output;

    @Option(names = "--skip-bad", paramLabel = "FILE",
            description = "Write bad input records to FILE (NDJSON with file, line, reason) and go on, "
                    + "instead of stopping at the first one.")
    public Path skipBad;

    @Option(names = "--max-line-bytes", paramLabel = "N",
            description = "An input line longer than N bytes is a bad record (default: 268435456, 256 MiB; "
                    + "at most 2147483631).")
    public int maxLineBytes = NdjsonReader.DEFAULT_MAX_LINE_BYTES;

    /** The NDJSON documents of {@code names} (stdin when none), with the line limit checked. */
    public DocumentSource documents(List<String> names, Rejects rejects) {
        OptionCheck.between("--max-line-bytes", maxLineBytes, 1024, LineReader.MAX_LIMIT);
        return new DocumentSource(names, rejects).maxLineBytes(maxLineBytes);
    }

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
