package lede.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Rejects;

import java.util.ArrayList;
import java.util.List;

/** Runs the ingest stage in-process and collects its documents. */
final class Ingested {
    static final String RESOURCES = "src/test/resources/lede/ingest/";

    final List<ObjectNode> documents = new ArrayList<>();
    final Ingest.Summary summary;

    Ingested(IngestOptions options, Rejects rejects, String... inputs) {
        Ingest ingest = new Ingest(options, rejects);
        ingest.run(List.of(inputs), documents::add);
        summary = ingest.summary();
    }

    static Ingested of(String... inputs) {
        return new Ingested(IngestOptions.defaults(), Rejects.failFast(), inputs);
    }

    static ObjectNode one(String input) {
        Ingested run = of(input);
        if (run.documents.size() != 1) {
            throw new AssertionError("expected one document from " + input + ", got " + run.documents.size());
        }
        return run.documents.get(0);
    }

    static String resource(String name) {
        return RESOURCES + name;
    }
}
