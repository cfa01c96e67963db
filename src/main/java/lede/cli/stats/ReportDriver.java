package lede.cli.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.cli.IoOptions;
import lede.io.DocumentSource;
import lede.io.LedeException;
import lede.io.OptionCheck;
import lede.io.NdjsonWriter;
import lede.io.Rejects;
import lede.extract.AliasTable;
import lede.extract.CorpusRenaming;
import lede.stats.CooccurReport;
import lede.stats.Copies;
import lede.stats.ReportRunner;
import lede.stats.Report;
import lede.stats.Table;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Wires a report to the command line: inputs, filter, copies, threads, output format, bad records. */
final class ReportDriver {
    private ReportDriver() {
    }

    /** The documents as the report reads them; closing deletes the corpus pass's temporary file. */
    private record Renamed(Iterator<ObjectNode> iterator, CorpusRenaming pass) implements AutoCloseable {
        @Override
        public void close() {
            if (pass != null) {
                pass.close();
            }
        }
    }

    private static Renamed renamed(DocumentSource source, Report<?> report, AliasTable aliases) {
        if (aliases == null) {
            return new Renamed(source, null);
        }
        if (report.readsMergedNames()) {
            CorpusRenaming pass = CorpusRenaming.of(source, aliases);
            return new Renamed(pass, pass);
        }
        return new Renamed(CorpusRenaming.aliasesOnly(source, aliases), null);
    }

    static void report(CommandLine.Model.CommandSpec spec, IoOptions io, ReportOptions options, List<String> files,
                       Predicate<ObjectNode> where, Report<?> report) throws IOException {
        OptionCheck.threads("--threads", options.threads);
        if (options.format == ReportOptions.Format.GEXF && !(report instanceof CooccurReport)) {
            throw new LedeException("--format gexf is only for stats cooccur");
        }
        io.checkOutputs(files);
        Copies copies = options.corpus.includeCopies ? null : new Copies(where);
        if (copies != null) {
            where = copies;
        }
        AliasTable aliases = options.corpus.aliasTableFor(report);
        OutputStream out = io.openOutput();
        try (Rejects rejects = io.rejects();
             DocumentSource source = io.documents(files, rejects);
             lede.cli.Progress progress = io.progress(spec.commandLine().getErr(), spec.qualifiedName(" "), files)
                     .track(source::documentsRead, null, source::bytesRead, source.totalBytes());
             Renamed documents = renamed(source, report, aliases)) {
            switch (options.format) {
                case NDJSON -> {
                    NdjsonWriter writer = new NdjsonWriter(out);
                    Consumer<ObjectNode> rows = row -> {
                        try {
                            writer.write(row);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    };
                    try {
                        ReportRunner.run(documents.iterator(), where, report, options.threads, rows);
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                    writer.flush();
                }
                case TABLE -> {
                    Table table = new Table();
                    ReportRunner.run(documents.iterator(), where, report, options.threads, table);
                    table.write(out);
                }
                case GEXF -> {
                    ReportRunner.run(documents.iterator(), where, report, options.threads, row -> { });
                    ((CooccurReport) report).writeGexf(out);
                }
            }
            out.flush();
            if (copies != null && copies.leftOut() > 0) {
                spec.commandLine().getErr().println(spec.qualifiedName() + ": left out " + copies.leftOut()
                        + (copies.leftOut() == 1 ? " copy" : " copies")
                        + " (documents with dup.of, marked by lede dedupe); --include-copies counts them");
            }
            IoOptions.reportSkipped(spec.commandLine().getErr(), spec.qualifiedName(), rejects);
        } finally {
            // stdout stays open (the JVM closes it; tests run commands in-process); a file is closed
            if (io.output != null && !io.output.toString().equals("-")) {
                out.close();
            } else {
                out.flush();
            }
        }
    }
}
