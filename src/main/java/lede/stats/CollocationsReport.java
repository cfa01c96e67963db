package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import lede.io.LedeException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code stats collocations}: the words that stand near a term. Words are counted case-folded over the word
 * tokens of each document (punctuation skipped). The window of an occurrence of the term is the
 * {@code window} words either side in the same sentence; the positions in the union of all windows of a
 * document, less the term's own positions, are its window positions (each counted once).
 *
 * <p>Per collocate y, with N words in all, W window positions, f(x) occurrences of the term, f(y) of y, and
 * {@code joint} = occurrences of y at window positions, the 2×2 table is O11 = joint, O12 = W − joint,
 * O21 = f(y) − joint, O22 = N − W − f(y) + joint (all ≥ 0). Measures:
 * {@code logdice = 14 + log2(2 joint / (f(x) + f(y)))}; {@code mi = log2(O11 / E11)}, E11 = W f(y) / N;
 * {@code ll} = the 4-term G² of that table.
 */
// Serializable: lede.spark sends each partition's report to the driver to be merged
public final class CollocationsReport implements MergeableReport<CollocationsReport.DocumentWords, CollocationsReport>,
        java.io.Serializable {
    public enum Measure {
        LOGDICE, MI, LL;

        public String fieldName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String term;
    private final int window;
    private final Measure measure;
    private final long min;
    private final int top;

    private final Map<String, WordCount> words = new HashMap<>();
    private final Map<String, long[]> joint = new HashMap<>();
    private final Forms termForms = new Forms();
    private long documentNumber;
    private long totalWords;
    private long termCount;
    private long windowPositions;

    /** One document's words, folded and as written, and its window positions. */
    public record DocumentWords(String[] folded, String[] forms, int[] windowPositions, List<String> termForms) {
    }

    public CollocationsReport(String term, int window, Measure measure, long min, int top) {
        List<Words.Token> tokens = Words.tokenize(term.strip()).tokens();
        if (tokens.size() != 1 || !tokens.get(0).isWord()) {
            throw new LedeException("the term must be one word, not \"" + term + "\"");
        }
        if (window < 1) {
            throw new LedeException("--window must be at least 1");
        }
        this.term = tokens.get(0).folded();
        this.window = window;
        this.measure = measure;
        this.min = min;
        this.top = top;
    }

    @Override
    public DocumentWords prepare(ObjectNode document) {
        List<Words.Token> wordTokens = new ArrayList<>();
        for (Words.Token token : Words.tokenize(Docs.text(document)).tokens()) {
            if (token.isWord()) {
                wordTokens.add(token);
            }
        }
        int size = wordTokens.size();
        String[] folded = new String[size];
        String[] forms = new String[size];
        boolean[] isTerm = new boolean[size];
        List<String> termForms = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            forms[i] = wordTokens.get(i).text();
            folded[i] = Words.fold(forms[i]);
            isTerm[i] = folded[i].equals(term);
            if (isTerm[i]) {
                termForms.add(forms[i]);
            }
        }
        boolean[] inWindow = new boolean[size];
        int positions = 0;
        for (int i = 0; i < size; i++) {
            if (!isTerm[i]) {
                continue;
            }
            int sentence = wordTokens.get(i).sentence();
            for (int j = Math.max(0, i - window); j <= Math.min(size - 1, i + window); j++) {
                if (!isTerm[j] && !inWindow[j] && wordTokens.get(j).sentence() == sentence) {
                    inWindow[j] = true;
                    positions++;
                }
            }
        }
        int[] windowPositions = new int[positions];
        for (int i = 0, k = 0; i < size; i++) {
            if (inWindow[i]) {
                windowPositions[k++] = i;
            }
        }
        return new DocumentWords(folded, forms, windowPositions, termForms);
    }

    @Override
    public void add(ObjectNode document, DocumentWords words, Consumer<ObjectNode> rows) {
        for (int i = 0; i < words.folded.length; i++) {
            this.words.computeIfAbsent(words.folded[i], WordCount::new).add(words.forms[i], documentNumber);
        }
        totalWords += words.folded.length;
        termCount += words.termForms.size();
        words.termForms.forEach(termForms::add);
        windowPositions += words.windowPositions.length;
        for (int position : words.windowPositions) {
            joint.computeIfAbsent(words.folded[position], k -> new long[1])[0]++;
        }
        documentNumber++;
    }

    @Override
    public void merge(CollocationsReport later) {
        // the later part numbers its documents from 0: shift them past this part's
        later.words.forEach((key, count) -> words.computeIfAbsent(key, WordCount::new).merge(count, documentNumber));
        later.joint.forEach((key, n) -> joint.computeIfAbsent(key, k -> new long[1])[0] += n[0]);
        termForms.addAll(later.termForms);
        documentNumber += later.documentNumber;
        totalWords += later.totalWords;
        termCount += later.termCount;
        windowPositions += later.windowPositions;
    }

    /** One result before it becomes JSON. */
    private record Collocate(String key, long joint, long count, double score) {
    }

    @Override
    public void finish(Consumer<ObjectNode> rows) {
        List<Collocate> collocates = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : joint.entrySet()) {
            long together = entry.getValue()[0];
            if (together < min) {
                continue;
            }
            long count = words.get(entry.getKey()).count;
            collocates.add(new Collocate(entry.getKey(), together, count, score(together, count)));
        }
        Comparator<Collocate> order = Comparator.comparingDouble(Collocate::score).reversed()
                .thenComparing(Comparator.comparingLong(Collocate::joint).reversed())
                .thenComparing(Collocate::key);
        String shownTerm = termForms.best() == null ? term : termForms.best();
        for (Collocate collocate : Top.first(collocates, top, order)) {
            ObjectNode row = Json.object();
            row.put("term", shownTerm);
            row.put("collocate", words.get(collocate.key).forms.best());
            row.put("joint", collocate.joint);
            row.put("count", collocate.count);
            row.put(measure.fieldName(), collocate.score);
            rows.accept(row);
        }
    }

    private double score(long together, long count) {
        return switch (measure) {
            case LOGDICE -> Measures.logDice(together, termCount, count);
            case MI -> Measures.mi(together, windowPositions, count, totalWords);
            case LL -> Measures.logLikelihood4(together, windowPositions - together, count - together,
                    totalWords - windowPositions - count + together);
        };
    }
}
