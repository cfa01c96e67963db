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

    @Option(names = "--progress", negatable = true,
            description = "Show progress on stderr: documents done, rate, share of the input and time left "
                    + "(default: only when stderr is a terminal).")
    public Boolean progress;

    /**
     * The command's progress line, drawn when asked for or when stderr is a terminal. When the documents
     * would come from a terminal, says once how to end them.
     */
    public Progress progress(PrintWriter err, String command, java.util.List<String> inputs) {
        boolean fromStdin = inputs == null || inputs.isEmpty() || inputs.contains(lede.io.Inputs.STDIN);
        if (fromStdin && Progress.stdinIsTerminal()) {
            err.println(command + ": reading documents from stdin (Ctrl-D to end)");
            err.flush();
        }
        return Progress.on(err, progress != null ? progress : Progress.stderrIsTerminal(), command);
    }

    /** Refuses -o, --skip-bad and {@code more} outputs that name an input or each other, before any is opened. */
    public void checkOutputs(java.util.List<String> inputs, Object... more) {
        java.util.Map<String, Path> outputs = new java.util.LinkedHashMap<>();
        outputs.put("-o", output);
        outputs.put("--skip-bad", skipBad);
        for (int i = 0; i + 1 < more.length; i += 2) {
            outputs.put((String) more[i], (Path) more[i + 1]);
        }
        lede.io.OutputGuard.check(inputs, outputs);
    }

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
