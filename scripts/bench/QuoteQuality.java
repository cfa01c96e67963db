// Quote detection and speaker attribution on PolNeAR dev: lede extract's quote rules against CoreNLP's own
// quote annotator with attribution (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote), same texts, same run.
//
//   java -cp "target/lede.jar:target/lib/*" scripts/bench/QuoteQuality.java [POLNEAR_NDJSON] [--corenlp-docs N]
//
// Gold direct quotes: attributions (first annotator) whose content stands wholly in quotation marks; each
// quoted content span is one gold quote. A predicted quote matches a gold one when they overlap by at least
// half of the shorter; lede's partial quotes are left aside, as the gold has none. Speaker accuracy is judged on matched gold quotes whose gold source names someone (a
// capitalised word other than a pronoun or determiner): right when the predicted speaker or speaker mention
// contains the last name word of the gold source, or the predicted mention overlaps the gold source span.
// CoreNLP's attribution needs the parser and coreference (slow, ~6 GB): it runs on N dev documents spread
// evenly over the split (default 24, every publisher); lede runs on those same documents and on all of dev.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import lede.extract.ExtractConfig;
import lede.extract.Extractor;
import lede.extract.Outputs;
import lede.io.Json;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

public class QuoteQuality {
    record Gold(int start, int end, String source, int sourceStart, int sourceEnd, boolean named) {
    }

    record Predicted(int start, int end, String speaker, String mention, int mentionStart, int mentionEnd) {
    }

    record Doc(String id, String text, List<Gold> gold) {
    }

    record Score(int predicted, int matchedPredicted, int gold, int matchedGold, int judged, int speakerRight) {
        double precision() { return predicted == 0 ? 0 : (double) matchedPredicted / predicted; }
        double recall() { return gold == 0 ? 0 : (double) matchedGold / gold; }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        double speakerAccuracy() { return judged == 0 ? 0 : (double) speakerRight / judged; }
        Score plus(Score o) {
            return new Score(predicted + o.predicted, matchedPredicted + o.matchedPredicted, gold + o.gold,
                    matchedGold + o.matchedGold, judged + o.judged, speakerRight + o.speakerRight);
        }
    }

    static final String OPENERS = "“\"‘";
    static final String CLOSERS = "”\"’";
    static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "his",
            "her", "their", "this", "that", "one", "some", "other", "its", "our", "my", "you", "these", "those");

    public static void main(String[] args) throws Exception {
        Path file = Path.of("../shared/testdata/polnear-dev/polnear-train-dev.ndjson");
        int corenlpDocs = 24;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--corenlp-docs")) {
                corenlpDocs = Integer.parseInt(args[++i]);
            } else {
                file = Path.of(args[i]);
            }
        }
        List<Doc> all = load(file);
        // the subsample first, evenly spread, then the rest: scores on "the first N" are on the subsample
        List<Doc> ordered = new ArrayList<>();
        java.util.Set<Integer> picked = new java.util.TreeSet<>();
        for (int i = 0; i < Math.min(corenlpDocs, all.size()); i++) {
            picked.add((int) ((long) i * all.size() / Math.min(corenlpDocs, all.size())));
        }
        picked.forEach(i -> ordered.add(all.get(i)));
        for (int i = 0; i < all.size(); i++) {
            if (!picked.contains(i)) ordered.add(all.get(i));
        }
        List<Doc> docs = ordered;
        int goldCount = docs.stream().mapToInt(d -> d.gold().size()).sum();
        System.out.printf("PolNeAR dev: %d documents, %d gold direct quotes (%d with a named source)%n",
                docs.size(), goldCount, docs.stream().mapToLong(d -> d.gold().stream().filter(Gold::named).count()).sum());

        // lede: extract --only quotes (CoreNLP tokenize, ssplit and the name CRFs, then the quote rules), one thread
        long t0 = System.nanoTime();
        Extractor lede = new Extractor(ExtractConfig.defaults().withOutputs(Outputs.parse(List.of("quotes"))));
        long ledeLoad = System.nanoTime() - t0;
        List<List<Predicted>> ledePredictions = new ArrayList<>();
        long tokens = 0;
        long start = System.nanoTime();
        for (Doc d : docs) {
            ObjectNode node = Json.object();
            node.put("id", d.id());
            node.put("text", d.text());
            tokens += lede.extract(node);
            ledePredictions.add(fromLede(d.text(), node.get("quotes")));
        }
        long ledeNanos = System.nanoTime() - start;
        // the subsample timed again now that the JIT has compiled lede's code, as CoreNLP's is timed below
        long subsetTokens = 0;
        start = System.nanoTime();
        for (int i = 0; i < Math.min(corenlpDocs, docs.size()); i++) {
            ObjectNode node = Json.object();
            node.put("text", docs.get(i).text());
            subsetTokens += lede.extract(node);
        }
        long subsetNanos = System.nanoTime() - start;
        Score ledeAll = score(docs, ledePredictions, docs.size());
        Score ledeSubset = score(docs, ledePredictions, corenlpDocs);

        if (corenlpDocs == 0) {
            row("lede extract --only quotes", ledeAll, tokens, ledeNanos);
            if (System.getenv("QUOTE_DEBUG") != null) debug(docs, ledePredictions);
            return;
        }
        // CoreNLP's quote annotator with its attribution, on the first documents only
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        RedwoodConfiguration.current().clear().apply();
        t0 = System.nanoTime();
        StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
        long corenlpLoad = System.nanoTime() - t0;
        List<List<Predicted>> corenlpPredictions = new ArrayList<>();
        if (docs.size() > corenlpDocs) {
            corenlp.annotate(new Annotation(docs.get(docs.size() - 1).text())); // warm-up, not timed or scored
        }
        long corenlpNanos = 0;
        for (int i = 0; i < Math.min(corenlpDocs, docs.size()); i++) {
            Doc d = docs.get(i);
            long s = System.nanoTime();
            Annotation a = new Annotation(d.text());
            corenlp.annotate(a);
            corenlpNanos += System.nanoTime() - s;
            corenlpPredictions.add(fromCoreNlp(a, d.text()));
        }
        Score corenlpSubset = score(docs, corenlpPredictions, corenlpPredictions.size());
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(b -> b.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(b -> b.getPeakUsage().getUsed()).sum();

        System.out.printf("%nsame %d documents (%d gold quotes, %,d tokens):%n", corenlpPredictions.size(),
                ledeSubset.gold(), subsetTokens);
        System.out.printf("%-34s %6s %6s %6s %9s %12s%n", "system", "P", "R", "F1", "speaker", "tokens/s");
        row("lede extract --only quotes", ledeSubset, subsetTokens, subsetNanos);
        row("CoreNLP quote+coref attribution", corenlpSubset, subsetTokens, corenlpNanos);
        System.out.printf("lede vs CoreNLP: F1 %+.3f, speaker accuracy %+.3f, %.1fx the speed%n",
                ledeSubset.f1() - corenlpSubset.f1(), ledeSubset.speakerAccuracy() - corenlpSubset.speakerAccuracy(),
                (double) corenlpNanos / Math.max(subsetNanos, 1));
        System.out.printf("%nall %d dev documents (%d gold quotes, %,d tokens):%n", docs.size(), ledeAll.gold(), tokens);
        row("lede extract --only quotes", ledeAll, tokens, ledeNanos);
        System.out.printf("%nmodel loading: lede %.1f s, CoreNLP %.1f s; peak heap of this JVM %.1f GB%n",
                ledeLoad / 1e9, corenlpLoad / 1e9, peak / 1e9);
        System.out.println("(speaker: share of matched gold quotes with a named source whose speaker is right; "
                + "one thread each, both timed after a warm-up document; lede all-dev speed includes its warm-up)");
    }

    /** Misses and false alarms, for tuning the rules (QUOTE_DEBUG=1 with --corenlp-docs 0). */
    static void debug(List<Doc> docs, List<List<Predicted>> predictions) {
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            for (Predicted p : predictions.get(i)) {
                Gold hit = d.gold().stream().filter(g -> overlaps(p.start(), p.end(), g.start(), g.end())).findFirst().orElse(null);
                String text = d.text().substring(p.start(), p.end()).replace('\n', ' ');
                if (hit == null) {
                    System.out.println("FP " + d.id() + " [" + text.substring(0, Math.min(90, text.length())) + "] " + p.speaker());
                } else if (hit.named() && !speakerRight(p, hit)) {
                    System.out.println("SPK " + d.id() + " gold=" + hit.source() + " got=" + p.speaker() + " / " + p.mention()
                            + " [" + text.substring(0, Math.min(60, text.length())) + "]");
                }
            }
            for (Gold g : d.gold()) {
                if (predictions.get(i).stream().noneMatch(p -> overlaps(p.start(), p.end(), g.start(), g.end()))) {
                    int from = Math.max(0, g.start() - 60);
                    System.out.println("FN " + d.id() + " ..." + d.text().substring(from, Math.min(d.text().length(), g.end() + 40)).replace('\n', ' '));
                }
            }
        }
    }

    static void row(String name, Score s, long tokens, long nanos) {
        System.out.printf("%-34s %6.3f %6.3f %6.3f %9s %12.0f%n", name, s.precision(), s.recall(), s.f1(),
                String.format("%.3f (%d/%d)", s.speakerAccuracy(), s.speakerRight(), s.judged()),
                tokens / (nanos / 1e9));
        System.out.printf("%-34s %d predicted, %d matched; %d of %d gold found%n", "", s.predicted(),
                s.matchedPredicted(), s.matchedGold(), s.gold());
    }

    // ---- gold ---------------------------------------------------------------------------------------

    static List<Doc> load(Path file) throws Exception {
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode d = Json.MAPPER.readTree(line);
                if (!"dev".equals(d.path("split").asText()) || !d.path("text").isTextual()
                        || d.path("annotations").isEmpty()) {
                    continue;
                }
                String text = d.get("text").asText();
                List<Gold> gold = new ArrayList<>();
                for (JsonNode a : d.get("annotations").get(0).get("attributions")) {
                    JsonNode sources = a.path("source");
                    String source = null;
                    int ss = -1, se = -1;
                    if (sources.size() > 0) {
                        ss = sources.get(0).get("start").asInt();
                        se = sources.get(sources.size() - 1).get("end").asInt();
                        StringBuilder sb = new StringBuilder();
                        for (JsonNode s : sources) {
                            sb.append(sb.length() > 0 ? " " : "").append(s.get("text").asText());
                        }
                        source = sb.toString();
                    }
                    for (JsonNode c : a.path("content")) {
                        int[] quoted = whollyQuoted(text, c.get("start").asInt(), c.get("end").asInt());
                        if (quoted != null) {
                            gold.add(new Gold(quoted[0], quoted[1], source, ss, se, named(source)));
                        }
                    }
                }
                docs.add(new Doc(d.get("id").asText(), text, gold));
            }
        }
        return docs;
    }

    /** The content span widened to its quotation marks, when it stands wholly inside one pair; else null. */
    static int[] whollyQuoted(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".,;:".indexOf(text.charAt(end - 1)) >= 0)) end--;
        if (end - start < 2) return null;
        if (start > 0 && OPENERS.indexOf(text.charAt(start)) < 0 && OPENERS.indexOf(text.charAt(start - 1)) >= 0) start--;
        if (end < text.length() && CLOSERS.indexOf(text.charAt(end - 1)) < 0) {
            int e = end;
            while (e < text.length() && ".,?!".indexOf(text.charAt(e)) >= 0) e++;
            if (e < text.length() && CLOSERS.indexOf(text.charAt(e)) >= 0) end = e + 1;
        }
        char open = text.charAt(start);
        char close = text.charAt(end - 1);
        if (!(open == '“' && close == '”' || open == '"' && close == '"' || open == '‘' && close == '’')) return null;
        // no closing mark of the same kind before the end ("“A” and then B”" is not one quote)
        String inner = text.substring(start + 1, end - 1);
        if (open == '“' && (inner.indexOf('”') >= 0 || inner.indexOf('“') >= 0)) return null;
        if (open == '"' && inner.indexOf('"') >= 0) return null;
        return new int[]{start + 1, end - 1};
    }

    static boolean named(String source) {
        if (source == null) return false;
        for (String w : source.split("[\\s,]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The last word of the first run of capitalised words: "Rep. Jim Jordan (R-Ohio), a member" → "Jordan". */
    static String lastNameWord(String source) {
        String last = null;
        for (String w : source.replaceAll("[’']s\\b", "").split("\\s+")) {
            String bare = w.replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "");
            boolean name = !bare.isEmpty() && Character.isUpperCase(bare.charAt(0))
                    && !NOT_NAMES.contains(bare.toLowerCase(Locale.ROOT));
            if (name) {
                last = bare.replaceAll("\\.$", "");
            } else if (last != null) {
                break;
            }
            if (name && w.matches(".*[,(;:]$")) {
                break;
            }
        }
        return last;
    }

    // ---- predictions --------------------------------------------------------------------------------

    static List<Predicted> fromLede(String text, JsonNode quotes) {
        List<Predicted> out = new ArrayList<>();
        for (JsonNode q : quotes) {
            if (q.path("partial").asBoolean(false)) {
                continue; // PolNeAR's direct quotes do not include words quoted inside the reporter's sentence
            }
            JsonNode m = q.get("speaker_mention");
            boolean hasMention = m != null && !m.isNull();
            out.add(new Predicted(utf16(text, q.get("start").asInt()), utf16(text, q.get("end").asInt()),
                    q.path("speaker").isNull() ? null : q.path("speaker").asText(),
                    hasMention ? m.get("text").asText() : null,
                    hasMention ? utf16(text, m.get("start").asInt()) : -1,
                    hasMention ? utf16(text, m.get("end").asInt()) : -1));
        }
        return out;
    }

    static int utf16(String text, int codePoint) {
        return text.offsetByCodePoints(0, codePoint);
    }

    static List<Predicted> fromCoreNlp(Annotation a, String text) {
        List<Predicted> out = new ArrayList<>();
        List<CoreMap> quotes = a.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) return out;
        List<edu.stanford.nlp.ling.CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
        for (CoreMap q : quotes) {
            int s = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            String mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            int ms = -1, mEnd = -1;
            if (mb != null && me != null && tokens != null && mb >= 0 && me < tokens.size()) {
                ms = tokens.get(mb).beginPosition();
                mEnd = tokens.get(me).endPosition();
            }
            // CoreNLP's quote offsets include the marks
            out.add(new Predicted(s + 1, Math.max(s + 1, e - 1), speaker, mention, ms, mEnd));
        }
        return out;
    }

    // ---- scoring ------------------------------------------------------------------------------------

    static Score score(List<Doc> docs, List<List<Predicted>> predictions, int n) {
        Score total = new Score(0, 0, 0, 0, 0, 0);
        for (int i = 0; i < n && i < predictions.size(); i++) {
            total = total.plus(score(docs.get(i), predictions.get(i)));
        }
        return total;
    }

    static boolean overlaps(int s1, int e1, int s2, int e2) {
        int overlap = Math.min(e1, e2) - Math.max(s1, s2);
        int shorter = Math.min(e1 - s1, e2 - s2);
        return shorter > 0 && overlap * 2 >= shorter;
    }

    static Score score(Doc d, List<Predicted> predicted) {
        boolean[] goldUsed = new boolean[d.gold().size()];
        int matchedPredicted = 0, judged = 0, right = 0;
        for (Predicted p : predicted) {
            boolean matched = false;
            for (int g = 0; g < d.gold().size(); g++) {
                Gold gold = d.gold().get(g);
                if (!overlaps(p.start(), p.end(), gold.start(), gold.end())) continue;
                matched = true;
                if (!goldUsed[g]) {
                    goldUsed[g] = true;
                    if (gold.named()) {
                        judged++;
                        if (speakerRight(p, gold)) right++;
                    }
                }
                break;
            }
            if (matched) matchedPredicted++;
        }
        int matchedGold = 0;
        for (boolean b : goldUsed) if (b) matchedGold++;
        return new Score(predicted.size(), matchedPredicted, d.gold().size(), matchedGold, judged, right);
    }

    static boolean speakerRight(Predicted p, Gold g) {
        if (p.mentionStart() >= 0 && p.mentionEnd() > g.sourceStart() && p.mentionStart() < g.sourceEnd()) {
            return true;
        }
        String name = lastNameWord(g.source());
        if (name == null) return false;
        String lower = name.toLowerCase(Locale.ROOT);
        return (p.speaker() != null && p.speaker().toLowerCase(Locale.ROOT).contains(lower))
                || (p.mention() != null && p.mention().toLowerCase(Locale.ROOT).contains(lower));
    }
}
