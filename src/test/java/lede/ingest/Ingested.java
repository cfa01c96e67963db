package lede.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Rejects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    /** Every line of the hand-made furniture pages and of the seeds: real lines, some of them site furniture. */
    static List<String> furnitureAndSeedLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String page : List.of("furniture/article.txt", "furniture/newsletter-page.txt")) {
            lines.addAll(Files.readAllLines(Path.of(resource(page))));
        }
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                lines.addAll(Files.readAllLines(seed));
            }
        }
        return lines;
    }
}
