package lede.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import lede.ingest.Format;
import lede.ingest.Ingest;
import lede.io.BadRecordException;
import lede.io.LedeException;
import lede.io.NdjsonReader;
import lede.io.Rejects;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes given to the input readers either read or fail as a bad record: never another exception,
 * a hang or running out of memory. Runs the saved inputs (and any crash kept under
 * src/test/resources/lede/fuzz/InputReadersFuzzTestInputs/) in every test run; fuzzes with JAZZER_FUZZ=1.
 */
class InputReadersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void ndjsonReaderAcceptsOrRejects(byte[] input) throws IOException {
        NdjsonReader reader = new NdjsonReader("fuzz", new ByteArrayInputStream(input), Rejects.failFast());
        try {
            while (reader.next() != null) {
                // read everything
            }
        } catch (BadRecordException expected) {
            // a clear, located error is the other allowed outcome
            if (expected.line() < 1) {
                throw new AssertionError("bad record without a line number: " + expected.getMessage());
            }
        }
    }

    private static Path scratch;

    /** Every ingest format (text, NDJSON, CSV, TSV, HTML, gzip of each) on arbitrary bytes. */
    @FuzzTest(maxDuration = "60s")
    void ingestAcceptsOrRejects(FuzzedDataProvider data) throws IOException {
        Format[] formats = Format.values();
        Format format = formats[data.consumeInt(0, formats.length - 1)];
        boolean gzip = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        if (scratch == null) {
            scratch = Files.createTempDirectory("lede-fuzz");
        }
        Path file = scratch.resolve("input");
        if (gzip) {
            try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(bytes);
            }
        } else {
            Files.write(file, bytes);
        }
        lede.ingest.IngestOptions options = lede.ingest.IngestOptions.builder().format(format).threads(1).build();
        try {
            new Ingest(options, Rejects.failFast()).run(List.of(file.toString()),
                    new lede.io.NdjsonWriter(OutputStream.nullOutputStream()));
        } catch (LedeException expected) {
            if (expected.getMessage() == null || !expected.getMessage().startsWith(file.toString())) {
                throw new AssertionError("error does not name the file: " + expected.getMessage());
            }
        }
    }
}
