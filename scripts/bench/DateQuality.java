// Date precision/recall/F1 of lede extract against the hand-annotated dates in
// src/test/resources/lede/extract/dates-gold.tsv (seeds and PolNeAR dev articles; see its header), before
// (SUTime's DATE and TIME expressions as they come) and after lede's rules (false dates and vague references
// out, weekdays and yearless dates placed by tense), on one annotation of each document. Run by
// scripts/bench/extract-quality:
//   java -cp "target/lede.jar:target/lib/*" scripts/bench/DateQuality.java GOLD_TSV SEEDS_DIR POLNEAR_NDJSON [--errors]
// A found expression counts when it overlaps a gold DATE or TIME (MUC-style, one match each); one that overlaps
// only an ASIDE row (durations, sets) is not counted. "value" is the share of matched expressions whose gold
// value is known that have exactly that value. The "held" set was never looked at while tuning.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import lede.extract.AnnotatedDocument;
import lede.extract.ExtractConfig;
import lede.extract.ExtractOutput;
import lede.extract.Extractor;
import lede.extract.Outputs;
import lede.io.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class DateQuality {
    record Gold(String set, String doc, String text, String type, String value, int start, int end) {
    }

    record Found(String text, String value, int start, int end) {
    }

    record Doc(String id, String date, String text) {
    }

    static final Pattern DATE_MARKER = Pattern.compile("^ date (\\d{4}-\\d{2}-\\d{2}) ");

    public static void main(String[] args) throws Exception {
        boolean errors = List.of(args).contains("--errors");
        Map<String, Doc> docs = new LinkedHashMap<>();
        try (var files = Files.list(Path.of(args[1]))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                Matcher m = DATE_MARKER.matcher(text);
                String date = m.find() ? m.group(1) : null;
                String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
                docs.put(id, new Doc(id, date, date == null ? text : text.substring(m.end())));
            }
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        java.util.Set<String> wanted = new java.util.HashSet<>();
        lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> wanted.add(l.split("\t")[1]));
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            JsonNode node = Json.MAPPER.readTree(line);
            if (wanted.contains(node.get("id").asText())) {
                docs.put(node.get("id").asText(), new Doc(node.get("id").asText(), node.get("date").asText(), node.get("text").asText()));
            }
        }
        List<Gold> gold = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Doc doc = Objects.requireNonNull(docs.get(f[1]), f[1]);
            String context = f[5].replace("\\n", "\n");
            int at = doc.text().indexOf(context);
            if (at < 0 || doc.text().indexOf(context, at + 1) >= 0) {
                throw new IllegalStateException("context not found once in " + f[1] + ": " + context);
            }
            int start = doc.text().indexOf(f[2], at);
            if (start < 0 || start + f[2].length() > at + context.length()) {
                throw new IllegalStateException("text not in its context in " + f[1] + ": " + f[2]);
            }
            String t = doc.text();
            gold.add(new Gold(f[0], f[1], f[2], f[3], f[4], t.codePointCount(0, start), t.codePointCount(0, start + f[2].length())));
        }
        System.out.printf("date quality on %s: %d documents, %d gold dates (%d aside)%n", args[0], docs.size(),
                gold.stream().filter(g -> !g.type().equals("ASIDE")).count(), gold.stream().filter(g -> g.type().equals("ASIDE")).count());

        Extractor extractor = new Extractor(ExtractConfig.defaults().withOutputs(Outputs.parse(List.of("dates"))));
        Map<String, List<Found>> before = new LinkedHashMap<>();
        Map<String, List<Found>> after = new LinkedHashMap<>();
        for (Doc doc : docs.values()) {
            AnnotatedDocument annotated = extractor.annotate(doc.text(), doc.date());
            before.put(doc.id(), sutimeAsItIs(annotated));
            ObjectNode node = Json.object();
            for (ExtractOutput output : extractor.outputs()) {
                output.addTo(node, annotated);
            }
            List<Found> found = new ArrayList<>();
            for (JsonNode d : node.get("dates")) {
                found.add(new Found(d.get("text").asText(), d.get("value").isNull() ? null : d.get("value").asText(),
                        d.get("start").asInt(), d.get("end").asInt()));
            }
            after.put(doc.id(), found);
        }
        System.out.printf("%-8s %-7s %5s %5s %5s %7s %7s %7s %7s%n", "set", "system", "tp", "fp", "fn", "P", "R", "F1", "value");
        for (String set : List.of("dev", "held", "all")) {
            score(set, "before", gold, before, docs, false);
            score(set, "after", gold, after, docs, errors && set.equals("dev"));
        }
        System.exit(0);
    }

    /** SUTime's DATE and TIME tokens grouped as lede did before its rules (same tag, same value). */
    static List<Found> sutimeAsItIs(AnnotatedDocument annotated) {
        List<Found> found = new ArrayList<>();
        String text = annotated.text();
        for (CoreMap sentence : annotated.sentences()) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int i = 0;
            while (i < tokens.size()) {
                CoreLabel first = tokens.get(i);
                if (first.ner() == null || !(first.ner().equals("DATE") || first.ner().equals("TIME"))) {
                    i++;
                    continue;
                }
                String value = first.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                int j = i + 1;
                while (j < tokens.size() && first.ner().equals(tokens.get(j).ner())
                        && Objects.equals(value, tokens.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                    j++;
                }
                int begin = first.beginPosition();
                int end = tokens.get(j - 1).endPosition();
                found.add(new Found(text.substring(begin, end), value, annotated.codePoint(begin), annotated.codePoint(end)));
                i = j;
            }
        }
        return found;
    }

    static void score(String set, String system, List<Gold> gold, Map<String, List<Found>> found, Map<String, Doc> docs,
                      boolean printErrors) {
        int tp = 0, fp = 0, fn = 0, valued = 0, rightValue = 0;
        for (String doc : docs.keySet()) {
            List<Gold> golds = gold.stream().filter(g -> g.doc().equals(doc) && (set.equals("all") || g.set().equals(set))).toList();
            if (golds.isEmpty()) {
                continue;
            }
            boolean[] used = new boolean[golds.size()];
            for (Found f : found.get(doc)) {
                int match = -1;
                boolean aside = false;
                for (int k = 0; k < golds.size(); k++) {
                    Gold g = golds.get(k);
                    if (g.start() < f.end() && f.start() < g.end()) {
                        if (g.type().equals("ASIDE")) {
                            aside = true;
                        } else if (!used[k]) {
                            match = k;
                            break;
                        }
                    }
                }
                if (match >= 0) {
                    used[match] = true;
                    tp++;
                    Gold g = golds.get(match);
                    if (!g.value().equals("-")) {
                        valued++;
                        if (g.value().equals(f.value())) {
                            rightValue++;
                        } else if (printErrors) {
                            System.out.printf("  value %s: \"%s\" gold %s, found %s%n", doc, f.text(), g.value(), f.value());
                        }
                    }
                } else if (!aside) {
                    fp++;
                    if (printErrors) {
                        System.out.printf("  fp    %s: \"%s\" (%s) %s%n", doc, f.text(), f.value(), context(docs.get(doc), f.start()));
                    }
                }
            }
            for (int k = 0; k < golds.size(); k++) {
                if (!used[k] && !golds.get(k).type().equals("ASIDE")) {
                    fn++;
                    if (printErrors) {
                        System.out.printf("  fn    %s: \"%s\"%n", doc, golds.get(k).text());
                    }
                }
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%-8s %-7s %5d %5d %5d %7.3f %7.3f %7.3f %7.3f%n", set, system, tp, fp, fn, p, r, f1,
                valued == 0 ? 0 : (double) rightValue / valued);
    }

    static String context(Doc doc, int codePointStart) {
        int start = doc.text().offsetByCodePoints(0, codePointStart);
        return "[" + doc.text().substring(Math.max(0, start - 40), Math.min(doc.text().length(), start + 40)).replace('\n', ' ') + "]";
    }
}
