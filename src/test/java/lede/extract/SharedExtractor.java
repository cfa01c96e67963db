package lede.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** One Extractor (one CoreNLP pipeline) and the annotated seeds, shared by every test in the JVM. */
final class SharedExtractor {
    static final Extractor EXTRACTOR = new Extractor(ExtractConfig.defaults());

    private static Map<String, ObjectNode> seeds;

    private SharedExtractor() {
    }

    /** The five seeds, annotated once with the default outputs, keyed by their three-digit prefix. */
    static synchronized Map<String, ObjectNode> seeds() {
        if (seeds == null) {
            Map<String, ObjectNode> annotated = new LinkedHashMap<>();
            for (var file : Seeds.files()) {
                ObjectNode document = Seeds.document(file);
                EXTRACTOR.extract(document);
                annotated.put(file.getFileName().toString().substring(0, 3), document);
            }
            seeds = annotated;
        }
        return seeds;
    }
}
