package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code stats ngrams}: how often each word or run of n words occurs, case-folded, shown in its most common
 * form. An n-gram is n consecutive words ({@link Words#isWord}) in one sentence with no punctuation between
 * them. With stopwords, a word that is one is dropped, and a longer n-gram that starts or ends with one.
 */
// Serializable: lede.spark sends each partition's report to the driver to be merged
public final class NgramsReport implements MergeableReport<List<String[]>, NgramsReport>, java.io.Serializable {
    private final int n;
    private final long min;
    private final Set<String> stopwords;
    private final int top;
    private final Map<String, WordCount> counts = new HashMap<>();
    private long documentNumber;

    public NgramsReport(int n, long min, Set<String> stopwords, int top) {
        if (n < 1 || n > 5) {
            throw new lede.io.LedeException("--n must be 1 to 5, not " + n);
        }
        this.n = n;
        this.min = min;
        this.stopwords = stopwords;
        this.top = top;
    }

    /** Each n-gram as {folded key, surface form}. */
    @Override
    public List<String[]> prepare(ObjectNode document) {
        List<Words.Token> tokens = Words.tokenize(Docs.text(document)).tokens();
        List<String[]> grams = new ArrayList<>();
        int run = 0; // words in a row up to and including token i
        for (int i = 0; i < tokens.size(); i++) {
            Words.Token token = tokens.get(i);
            if (!token.isWord()) {
                run = 0;
                continue;
            }
            if (run > 0 && tokens.get(i - 1).sentence() != token.sentence()) {
                run = 0;
            }
            run++;
            if (run < n) {
                continue;
            }
            int from = i - n + 1;
            String first = tokens.get(from).folded();
            String last = n == 1 ? first : token.folded();
            if (stopwords.contains(first) || stopwords.contains(last)) {
                continue;
            }
            StringBuilder key = new StringBuilder(first);
            StringBuilder form = new StringBuilder(tokens.get(from).text());
            for (int j = from + 1; j <= i; j++) {
                key.append(' ').append(tokens.get(j).folded());
                form.append(' ').append(tokens.get(j).text());
            }
            grams.add(new String[]{key.toString(), form.toString()});
        }
        return grams;
    }

    @Override
    public void add(ObjectNode document, List<String[]> grams, Consumer<ObjectNode> rows) {
        for (String[] gram : grams) {
            counts.computeIfAbsent(gram[0], WordCount::new).add(gram[1], documentNumber);
        }
        documentNumber++;
    }

    @Override
    public void merge(NgramsReport later) {
        later.counts.forEach((key, count) -> counts.computeIfAbsent(key, WordCount::new)
                .merge(count, documentNumber));
        documentNumber += later.documentNumber;
    }

    @Override
    public void finish(Consumer<ObjectNode> rows) {
        List<WordCount> kept = new ArrayList<>();
        for (WordCount count : counts.values()) {
            if (count.count >= min) {
                kept.add(count);
            }
        }
        Comparator<WordCount> order = Comparator.comparingLong((WordCount c) -> c.count).reversed()
                .thenComparing(Comparator.comparingLong((WordCount c) -> c.documents).reversed())
                .thenComparing(c -> c.key);
        for (WordCount count : Top.first(kept, top, order)) {
            ObjectNode row = Json.object();
            row.put("ngram", count.forms.best());
            row.put("count", count.count);
            row.put("documents", count.documents);
            rows.accept(row);
        }
    }
}
