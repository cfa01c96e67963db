package lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import lede.extract.QuantityFinder.Quantity;
import lede.io.Json;
import lede.testing.CorpusTest;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall of the quantity rules on the hand-checked gold set (resource quantities-gold.tsv):
 * a found quantity is right when its span overlaps a gold one of the same kind, unit and value (±0.1 %).
 */
class QuantityGoldTest {
    record Gold(String doc, int start, int end, String kind, double value, String unit, boolean heldOut) {
    }

    private static final String HELD_OUT = "# held out from here";
    private static final String NONE = "# no quantities:";
    /** Documents annotated under the second convention (bare numbers, ages and scores count); see the gold file. */
    private static final String PASSAGE = "passage-";

    /** The seed and passage rows alone: these texts are in the repository, so this runs on a bare clone too. */
    @Test
    void precisionAndRecallOnTheSeedRows() throws IOException {
        List<String[]> rows = readGold().stream().filter(r -> !r[0].startsWith("reuters21578-")).toList();
        List<Gold> gold = gold(rows, texts(rows));
        assertEquals(73, gold.stream().filter(g -> g.kind() != null && !g.doc().startsWith(PASSAGE)).count());
        List<Gold> seedGold = gold.stream().filter(g -> !g.doc().startsWith(PASSAGE)).toList();
        double[] seeds = score(seedGold, texts(rows), false, "seeds");
        assertTrue(seeds[0] >= 0.98, "precision " + seeds[0]);
        assertTrue(seeds[1] >= 0.97, "recall " + seeds[1]); // 2 of the whole set's 3 misses are in the seeds
    }

    /** The passages written for the second convention; the held-out ones were not used to write the rules. */
    @Test
    void precisionAndRecallOnThePassages() throws IOException {
        List<String[]> rows = readGold().stream().filter(r -> r[0].startsWith(PASSAGE)).toList();
        List<Gold> gold = gold(rows, texts(rows));
        assertEquals(99, gold.size());
        double[] dev = score(gold.stream().filter(g -> !g.heldOut()).toList(), texts(rows), false, "passages, dev");
        double[] heldOut = score(gold, texts(rows), true, "passages");
        assertTrue(dev[0] >= 0.97 && dev[1] >= 0.97, "dev precision " + dev[0] + ", recall " + dev[1]);
        assertTrue(heldOut[0] >= 0.95 && heldOut[1] >= 0.95, "held-out precision " + heldOut[0] + ", recall " + heldOut[1]);
    }

    @CorpusTest
    @Test
    void precisionAndRecallOnTheGoldSet() throws IOException {
        List<String[]> rows = readGold();
        Map<String, String> texts = texts(rows);
        List<Gold> gold = gold(rows, texts);
        long quantities = gold.stream().filter(g -> g.kind() != null).count();
        assertTrue(quantities >= 200, "gold set holds " + quantities);
        score(gold, texts, false, "all");
        score(gold, texts, true, "all");
        // the first convention's documents keep their own bar
        List<Gold> first = gold.stream().filter(g -> !g.doc().startsWith(PASSAGE)).toList();
        assertEquals(241, first.stream().filter(g -> g.kind() != null).count());
        double[] all = score(first, texts, false, "first convention");
        double[] heldOut = score(first, texts, true, "first convention");
        assertTrue(all[0] >= 0.98, "precision " + all[0]);
        assertTrue(all[1] >= 0.98, "recall " + all[1]);
        assertTrue(heldOut[0] >= 0.95, "held-out precision " + heldOut[0]);
        assertTrue(heldOut[1] >= 0.95, "held-out recall " + heldOut[1]);
    }

    private static List<Gold> gold(List<String[]> rows, Map<String, String> texts) {
        List<Gold> gold = new ArrayList<>();
        for (String[] r : rows) {
            String text = texts.get(r[0]);
            if (r[1] == null) {
                gold.add(new Gold(r[0], -1, -1, null, 0, null, r.length > 6)); // no quantity; keeps the text scored
                continue;
            }
            int[] span = nth(text, r[2], Integer.parseInt(r[1]));
            String unit = r[5].equals("-") ? null : r[5];
            gold.add(new Gold(r[0], span[0], span[1], r[3], Double.parseDouble(r[4]), unit, r.length > 6));
        }
        return gold;
    }

    /**
     * {precision, recall} on every gold document, or only on the held-out ones. In documents annotated under the
     * first convention a bare count, an age or a score that overlaps no gold row is not judged (counted apart).
     */
    private static double[] score(List<Gold> allGold, Map<String, String> allTexts, boolean onlyHeldOut, String part) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        allGold.stream().filter(g -> !onlyHeldOut || g.heldOut()).forEach(g -> texts.put(g.doc(), allTexts.get(g.doc())));
        List<Gold> gold = allGold.stream().filter(g -> (!onlyHeldOut || g.heldOut()) && g.kind() != null).toList();

        QuantityFinder finder = new QuantityFinder();
        int predicted = 0;
        int right = 0;
        int notJudged = 0;
        boolean[] found = new boolean[gold.size()];
        for (Map.Entry<String, String> doc : texts.entrySet()) {
            for (Quantity q : finder.find(doc.getValue())) {
                boolean overlaps = false;
                boolean agreed = false;
                for (int g = 0; g < gold.size(); g++) {
                    Gold x = gold.get(g);
                    if (x.doc().equals(doc.getKey()) && q.start() < x.end() && x.start() < q.end()) {
                        overlaps = true;
                        if (agrees(q, x)) {
                            agreed = true;
                            found[g] = true;
                            break;
                        }
                    }
                }
                if (!overlaps && !doc.getKey().startsWith(PASSAGE) && secondConventionOnly(q)) {
                    notJudged++;
                    if (PRINT_MISSES) {
                        String t = doc.getValue();
                        System.out.println("  unjudged " + doc.getKey() + ": " + q.text() + " " + q.kind() + " " + q.unit()
                                + " | " + t.substring(Math.max(0, q.start() - 40), Math.min(t.length(), q.end() + 40)).replace('\n', ' '));
                    }
                    continue;
                }
                predicted++;
                right += agreed ? 1 : 0;
                if (!agreed && PRINT_MISSES) {
                    System.out.println("  wrong " + doc.getKey() + ": " + q);
                }
            }
        }
        if (PRINT_MISSES) {
            for (int g = 0; g < gold.size(); g++) {
                if (!found[g]) {
                    System.out.println("  missed " + gold.get(g));
                }
            }
        }
        int recalled = 0;
        for (boolean b : found) {
            recalled += b ? 1 : 0;
        }
        double precision = (double) right / predicted;
        double recall = (double) recalled / gold.size();
        System.out.printf("quantities, %s%s, on %d gold (%d documents): precision %.3f (%d/%d), recall %.3f (%d/%d)"
                        + "; not judged under the first convention: %d%n", part, onlyHeldOut ? " (held out)" : "",
                gold.size(), texts.size(), precision, right, predicted, recall, recalled, gold.size(), notJudged);
        return new double[]{precision, recall};
    }

    private static final boolean PRINT_MISSES = Boolean.getBoolean("lede.gold.misses");

    /** What the first convention left unannotated: bare counts, ages, scores. */
    private static boolean secondConventionOnly(Quantity q) {
        return q.unit() == null || q.kind().equals("AGE") || q.kind().equals("SCORE");
    }

    private static boolean agrees(Quantity q, Gold g) {
        return q.kind().equals(g.kind()) && java.util.Objects.equals(q.unit(), g.unit())
                && Math.abs(q.value() - g.value()) <= Math.max(1e-9, Math.abs(g.value()) * 0.001);
    }

    private static List<String[]> readGold() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = QuantityGoldTest.class.getResourceAsStream("/lede/extract/quantities-gold.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean heldOut = false;
            while ((line = r.readLine()) != null) {
                heldOut |= line.startsWith(HELD_OUT);
                if (line.startsWith(NONE)) {
                    // a document read in full that states no quantity: everything found there is wrong
                    rows.add(heldOut ? new String[]{line.substring(NONE.length()).trim(), null, null, null, null, null, "held out"}
                            : new String[]{line.substring(NONE.length()).trim(), null, null, null, null, null});
                }
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    assertEquals(6, f.length, line);
                    // a seventh field marks the held-out rows
                    rows.add(heldOut ? java.util.Arrays.copyOf(f, 7) : f);
                }
            }
        }
        return rows;
    }

    /** The texts of the gold documents: seeds by file name, Reuters articles by id. */
    private static Map<String, String> texts(List<String[]> rows) throws IOException {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (String[] r : rows) {
            texts.put(r[0], null);
        }
        for (Path file : Seeds.files()) {
            String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
            if (texts.containsKey(id)) {
                texts.put(id, Seeds.document(file).get("text").asText());
            }
        }
        if (texts.keySet().stream().anyMatch(id -> id.startsWith(PASSAGE))) {
            texts.putAll(passages().entrySet().stream().filter(e -> texts.containsKey(e.getKey()))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        Map<String, String> reuters = new HashMap<>();
        if (texts.keySet().stream().noneMatch(id -> id.startsWith("reuters21578-"))) {
            return texts;
        }
        try (BufferedReader r = Files.newBufferedReader(lede.testing.CorpusCondition.reuters())) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.contains("\"reuters21578-")) {
                    continue;
                }
                JsonNode d = Json.MAPPER.readTree(line);
                if (texts.containsKey(d.get("id").asText())) {
                    reuters.put(d.get("id").asText(), d.get("text").asText());
                }
            }
        }
        texts.replaceAll((id, text) -> text != null ? text : reuters.get(id));
        texts.forEach((id, text) -> assertTrue(text != null, "no text for " + id));
        return texts;
    }

    /** The passages by id: each from its "## id" line to the next. */
    static Map<String, String> passages() throws IOException {
        Map<String, String> passages = new java.util.LinkedHashMap<>();
        try (InputStream in = QuantityGoldTest.class.getResourceAsStream("/lede/extract/quantity-passages.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            String id = null;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("## ")) {
                    id = line.substring(3).trim();
                    passages.put(id, "");
                } else if (id != null) {
                    passages.merge(id, line + "\n", String::concat);
                }
            }
        }
        return passages;
    }

    /** The n-th match of the words, any white space between them. */
    private static int[] nth(String text, String words, int n) {
        StringBuilder regex = new StringBuilder();
        for (String w : words.split(" ")) {
            regex.append(regex.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        for (int i = 0; i < n; i++) {
            assertTrue(m.find(), words + " #" + n);
        }
        return new int[]{m.start(), m.end()};
    }
}
