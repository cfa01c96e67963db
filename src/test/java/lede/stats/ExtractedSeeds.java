package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.extract.ExtractConfig;
import lede.extract.Extractor;
import lede.extract.Seeds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The five seeds as lede extract annotates them, extracted once per test JVM (CoreNLP is slow to load). */
public final class ExtractedSeeds {
    private static List<ObjectNode> documents;

    private ExtractedSeeds() {
    }

    public static synchronized List<ObjectNode> documents() {
        if (documents == null) {
            Extractor extractor = new Extractor(ExtractConfig.defaults());
            List<ObjectNode> extracted = new ArrayList<>();
            for (Path file : Seeds.files()) {
                ObjectNode document = Seeds.document(file);
                extractor.extract(document);
                extracted.add(document);
            }
            documents = List.copyOf(extracted);
        }
        return documents;
    }
}
