package lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.LedeException;
import lede.io.NdjsonReader;
import lede.io.NdjsonWriter;
import lede.io.Rejects;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The documents of a corpus with one name per entity across all of them ({@link CorpusNames}): a first pass
 * reads every document, gathers the names of its entities and parks the document in a temporary file; the
 * second pass reads them back with {@code entities[].canonical} and {@code quotes[].speaker} renamed. The
 * temporary file is about the size of the input and is deleted on {@link #close}.
 */
public final class CorpusRenaming implements Iterator<ObjectNode>, Closeable {
    private final Path spill;
    private final InputStream in;
    private final NdjsonReader reader;
    private final CorpusNames.Rewrites rewrites;
    private ObjectNode pending;

    private CorpusRenaming(Path spill, CorpusNames.Rewrites rewrites) throws IOException {
        this.spill = spill;
        this.rewrites = rewrites;
        this.in = new BufferedInputStream(Files.newInputStream(spill));
        this.reader = new NdjsonReader(spill.toString(), in, Rejects.failFast());
    }

    /** Reads all of {@code documents} now (the first pass); iterate the result for the renamed documents. */
    public static CorpusRenaming of(Iterator<ObjectNode> documents, AliasTable aliases) {
        Path spill = null;
        try {
            spill = Files.createTempFile("lede-names-", ".ndjson");
            spill.toFile().deleteOnExit();
            CorpusNames names = new CorpusNames(aliases);
            try (NdjsonWriter writer = new NdjsonWriter(new BufferedOutputStream(Files.newOutputStream(spill)))) {
                while (documents.hasNext()) {
                    ObjectNode document = documents.next();
                    gather(document, names);
                    writer.write(document);
                }
            }
            return new CorpusRenaming(spill, names.rewrites());
        } catch (IOException e) {
            delete(spill);
            throw new LedeException("cannot park documents in a temporary file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            delete(spill);
            throw e;
        }
    }

    /** The documents renamed one by one through the alias table only (no corpus pass, no temporary file). */
    public static Iterator<ObjectNode> aliasesOnly(Iterator<ObjectNode> documents, AliasTable aliases) {
        CorpusNames.Rewrites rewrites = CorpusNames.Rewrites.aliasesOnly(aliases);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public ObjectNode next() {
                ObjectNode document = documents.next();
                rename(document, rewrites);
                return document;
            }
        };
    }

    /** Adds a document's entity names (canonical, else text) to {@code names}. */
    public static void gather(ObjectNode document, CorpusNames names) {
        JsonNode entities = document.get("entities");
        if (entities != null && entities.isArray()) {
            for (JsonNode entity : entities) {
                names.add(name(entity), entity.path("type").asText(null), 1);
            }
        }
    }

    /** Renames a document's entities and speakers in place. */
    public static void rename(ObjectNode document, CorpusNames.Rewrites rewrites) {
        JsonNode entities = document.get("entities");
        if (entities != null && entities.isArray()) {
            for (JsonNode entity : entities) {
                String name = name(entity);
                if (name != null && entity instanceof ObjectNode node) {
                    String renamed = rewrites.of(name, entity.path("type").asText(null));
                    if (!renamed.equals(name) || node.has("canonical")) {
                        node.put("canonical", renamed);
                    }
                }
            }
        }
        JsonNode quotes = document.get("quotes");
        if (quotes != null && quotes.isArray()) {
            for (JsonNode quote : quotes) {
                JsonNode speaker = quote.get("speaker");
                if (speaker != null && speaker.isTextual() && quote instanceof ObjectNode node) {
                    node.put("speaker", rewrites.ofPerson(speaker.asText()));
                }
            }
        }
    }

    private static String name(JsonNode entity) {
        JsonNode canonical = entity.get("canonical");
        if (canonical != null && canonical.isTextual()) {
            return canonical.asText();
        }
        JsonNode text = entity.get("text");
        return text != null && text.isTextual() ? text.asText() : null;
    }

    /** How many names the corpus pass changed. */
    public int renamedNames() {
        return rewrites.size();
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            try {
                pending = reader.next();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (pending != null) {
                rename(pending, rewrites);
            }
        }
        return pending != null;
    }

    @Override
    public ObjectNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ObjectNode document = pending;
        pending = null;
        return document;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // reading is over either way
        }
        delete(spill);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file; deleteOnExit tries again
            }
        }
    }
}
