// Entity precision/recall/F1 per CoNLL type for lede extract and for CoreNLP's default pipeline on the
// same text, in one run. Run by scripts/bench/extract-quality:
//   java -cp "target/lede.jar:target/lib/*" scripts/bench/EntityQuality.java CONLL.ndjson
// Types are mapped to CoNLL's: PERSON → PER, ORGANIZATION → ORG, every place type → LOC, MISC and
// NATIONALITY/RELIGION/IDEOLOGY → MISC; other types are dropped. A mention counts when span and type match.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import lede.extract.ExtractConfig;
import lede.extract.Extractor;
import lede.extract.Outputs;
import lede.io.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

public class EntityQuality {
    static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    record Mention(int doc, int start, int end, String type) {
    }

    static String conll(String type) {
        return switch (type) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOC";
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> "MISC";
            default -> null;
        };
    }

    public static void main(String[] args) throws Exception {
        List<ObjectNode> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            docs.add((ObjectNode) Json.MAPPER.readTree(line));
        }
        Set<Mention> gold = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            for (JsonNode g : docs.get(i).get("gold_entities")) {
                gold.add(new Mention(i, g.get("start").asInt(), g.get("end").asInt(), g.get("type").asText()));
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("entity quality on %s: %d documents, %d gold mentions, %d threads%n",
                args[0], docs.size(), gold.size(), threads);

        long t0 = System.nanoTime();
        Extractor lede = new Extractor(ExtractConfig.defaults().withOutputs(Outputs.parse(List.of("entities"))));
        Set<Mention> ledeMentions = run(docs, threads, i -> {
            ObjectNode doc = Json.object();
            doc.put("text", docs.get(i).get("text").asText());
            lede.extract(doc);
            List<Mention> found = new ArrayList<>();
            for (JsonNode e : doc.get("entities")) {
                String type = conll(e.get("type").asText());
                if (type != null) {
                    found.add(new Mention(i, e.get("start").asInt(), e.get("end").asInt(), type));
                }
            }
            return found;
        });
        double ledeSeconds = (System.nanoTime() - t0) / 1e9;

        t0 = System.nanoTime();
        RedwoodConfiguration.current().clear().apply();
        Properties defaults = new Properties();
        defaults.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP corenlp = new StanfordCoreNLP(defaults);
        Set<Mention> corenlpMentions = run(docs, threads, i -> {
            String text = docs.get(i).get("text").asText();
            Annotation annotation = new Annotation(text);
            corenlp.annotate(annotation);
            List<Mention> found = new ArrayList<>();
            // runs of tokens with the same CoNLL type (CoreNLP's fine-grained step may split "North Yemen")
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                int j = 0;
                while (j < tokens.size()) {
                    String type = tokens.get(j).ner() == null ? null : conll(tokens.get(j).ner());
                    if (type == null) {
                        j++;
                        continue;
                    }
                    int k = j + 1;
                    while (k < tokens.size() && tokens.get(k).ner() != null && type.equals(conll(tokens.get(k).ner()))) {
                        k++;
                    }
                    int begin = tokens.get(j).beginPosition();
                    int end = tokens.get(k - 1).endPosition();
                    found.add(new Mention(i, text.codePointCount(0, begin), text.codePointCount(0, end), type));
                    j = k;
                }
            }
            return found;
        });
        double corenlpSeconds = (System.nanoTime() - t0) / 1e9;

        System.out.printf("%-28s %-5s %7s %7s %7s%n", "system", "type", "P", "R", "F1");
        double ledeF1 = report("lede extract", ledeMentions, gold);
        double corenlpF1 = report("CoreNLP default ner", corenlpMentions, gold);
        System.out.printf("micro F1: lede %.2f, CoreNLP %.2f (%+.2f); time incl. model loading: lede %.0f s, CoreNLP %.0f s%n",
                ledeF1, corenlpF1, ledeF1 - corenlpF1, ledeSeconds, corenlpSeconds);
        System.exit(0);
    }

    static Set<Mention> run(List<ObjectNode> docs, int threads, Function<Integer, List<Mention>> annotate) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Mention>>> futures = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            int index = i;
            futures.add(pool.submit(() -> annotate.apply(index)));
        }
        Set<Mention> all = new HashSet<>();
        for (Future<List<Mention>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    /** Prints P/R/F1 per type and overall; returns the overall (micro) F1 in percent. */
    static double report(String system, Set<Mention> found, Set<Mention> gold) {
        double overall = 0;
        for (String type : new ArrayList<>(List.of("PER", "ORG", "LOC", "MISC", "all"))) {
            long tp = found.stream().filter(m -> (type.equals("all") || m.type().equals(type)) && gold.contains(m)).count();
            long predicted = found.stream().filter(m -> type.equals("all") || m.type().equals(type)).count();
            long actual = gold.stream().filter(m -> type.equals("all") || m.type().equals(type)).count();
            double p = predicted == 0 ? 0 : 100.0 * tp / predicted;
            double r = actual == 0 ? 0 : 100.0 * tp / actual;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf("%-28s %-5s %7.2f %7.2f %7.2f%n", system, type, p, r, f);
            overall = f;
        }
        return overall;
    }
}
