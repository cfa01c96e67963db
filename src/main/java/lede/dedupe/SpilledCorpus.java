package lede.dedupe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.LedeException;
import lede.io.DocumentSource;
import lede.io.NdjsonWriter;
import lede.io.Rejects;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A corpus read once from a stream that cannot be re-read (stdin): the first pass copies each document to
 * a temporary NDJSON file as it goes by, later passes read that file. Disk, not memory, holds the texts.
 */
public final class SpilledCorpus implements Corpus, Closeable {
    private final Supplier<Pass> source;
    private final Path spill;
    private boolean spilled;

    public SpilledCorpus(Supplier<Pass> source, Path directory) {
        this.source = source;
        try {
            this.spill = Files.createTempFile(directory, "lede-dedupe-", ".ndjson");
        } catch (IOException e) {
            throw new LedeException("cannot create a temporary file in " + directory + ": " + e.getMessage(), e);
        }
        spill.toFile().deleteOnExit();
    }

    @Override
    public Pass open() {
        if (!spilled) {
            spilled = true;
            return copying(source.get());
        }
        return reading();
    }

    private Pass copying(Pass input) {
        NdjsonWriter writer;
        try {
            writer = new NdjsonWriter(new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16));
        } catch (IOException e) {
            throw new LedeException("cannot write temporary file " + spill + ": " + e.getMessage(), e);
        }
        return new Pass() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public ObjectNode next() {
                ObjectNode document = input.next();
                try {
                    writer.write(document);
                } catch (IOException e) {
                    throw new LedeException("cannot write temporary file " + spill + ": " + e.getMessage(), e);
                }
                return document;
            }

            @Override
            public void close() throws IOException {
                try {
                    input.close();
                } finally {
                    writer.close();
                }
            }
        };
    }

    private Pass reading() {
        return Corpus.pass(new DocumentSource(List.of(spill.toString()), Rejects.failFast()));
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(spill);
    }
}
