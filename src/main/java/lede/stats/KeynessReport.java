package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import lede.io.LedeException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@code stats keyness}: words (or entities) over-represented in a target part of the corpus against a
 * reference part. The target is the documents {@code target} accepts; the reference those {@code reference}
 * accepts, or every other document when it is null. Words are case-folded word tokens ({@link Words#isWord}),
 * part sizes their totals; with entities, each mention counts under its name and the part sizes are the
 * numbers of mentions. Both directions are listed, as AntConc and quanteda do: terms relatively more frequent in
 * the target with a positive {@code ll} (the 2-term Rayson form, {@link Measures#logLikelihood2}) and
 * {@code log_ratio}, then those more frequent in the reference with both negative (quanteda's signed G²).
 * Rows are sorted by the signed {@code ll} descending, then term: the target's strongest words first, the
 * reference's strongest last. {@code minLl} and {@code top} apply to each side; terms as frequent in both
 * are left out.
 */
// Serializable: lede.spark sends each partition's report to the driver to be merged
public final class KeynessReport implements MergeableReport<List<String[]>, KeynessReport>, java.io.Serializable {
    private final Predicate<ObjectNode> target;
    private final Predicate<ObjectNode> reference;
    private final boolean entities;
    private final Set<String> stopwords;
    private final double minLl;
    private final int top;

    private final Map<String, Term> terms = new HashMap<>();
    private long targetSize;
    private long referenceSize;

    private static final class Term implements java.io.Serializable {
        final String key;
        final Forms forms = new Forms();
        long target;
        long reference;

        Term(String key) {
            this.key = key;
        }
    }

    /**
     * @param minLl keep terms whose log-likelihood is at least this (3.84 is p &lt; 0.05, 6.63 p &lt; 0.01,
     *              10.83 p &lt; 0.001, 15.13 p &lt; 0.0001, one degree of freedom)
     */
    public KeynessReport(Predicate<ObjectNode> target, Predicate<ObjectNode> reference, boolean entities,
                         Set<String> stopwords, double minLl, int top) {
        this.target = target;
        this.reference = reference;
        this.entities = entities;
        this.stopwords = stopwords;
        this.minLl = minLl;
        this.top = top;
    }

    /** Each counted term as {key, form}; nothing for documents in neither part. */
    @Override
    public List<String[]> prepare(ObjectNode document) {
        List<String[]> found = new ArrayList<>();
        if (!inTarget(document) && !inReference(document)) {
            return found;
        }
        if (entities) {
            for (Docs.Mention mention : Docs.entities(document)) {
                found.add(new String[]{mention.name(), mention.name()});
            }
            return found;
        }
        for (Words.Token token : Words.tokenize(Docs.text(document)).tokens()) {
            if (token.isWord()) {
                String folded = token.folded();
                if (!stopwords.contains(folded)) {
                    found.add(new String[]{folded, token.text()});
                }
            }
        }
        return found;
    }

    private boolean inTarget(ObjectNode document) {
        return target.test(document);
    }

    private boolean inReference(ObjectNode document) {
        return reference == null ? !target.test(document) : reference.test(document);
    }

    @Override
    public void add(ObjectNode document, List<String[]> found, Consumer<ObjectNode> rows) {
        // a document may be in both parts when --vs overlaps --where: it then counts in both
        boolean inTarget = inTarget(document);
        boolean inReference = inReference(document);
        for (String[] term : found) {
            Term t = terms.computeIfAbsent(term[0], Term::new);
            t.forms.add(term[1]);
            if (inTarget) {
                t.target++;
            }
            if (inReference) {
                t.reference++;
            }
        }
        if (inTarget) {
            targetSize += found.size();
        }
        if (inReference) {
            referenceSize += found.size();
        }
    }

    @Override
    public void merge(KeynessReport later) {
        later.terms.forEach((key, theirs) -> {
            Term term = terms.computeIfAbsent(key, Term::new);
            term.forms.addAll(theirs.forms);
            term.target += theirs.target;
            term.reference += theirs.reference;
        });
        targetSize += later.targetSize;
        referenceSize += later.referenceSize;
    }

    private record Row(Term term, double ll, double logRatio) {
    }

    @Override
    public void finish(Consumer<ObjectNode> rows) {
        if (targetSize == 0) {
            throw new LedeException("the target part (--where) has no " + (entities ? "entities" : "words"));
        }
        if (referenceSize == 0) {
            throw new LedeException("the reference part (" + (reference == null ? "the other documents" : "--vs")
                    + ") has no " + (entities ? "entities" : "words"));
        }
        List<Row> over = new ArrayList<>();
        List<Row> under = new ArrayList<>();
        for (Term term : terms.values()) {
            // a/c against b/d, compared without division
            double targetSide = (double) term.target * referenceSize;
            double referenceSide = (double) term.reference * targetSize;
            if (targetSide == referenceSide) {
                continue;
            }
            double ll = Measures.logLikelihood2(term.target, term.reference, targetSize, referenceSize);
            if (ll >= minLl) {
                double logRatio = Measures.logRatio(term.target, term.reference, targetSize, referenceSize);
                (targetSide > referenceSide ? over : under).add(new Row(term, targetSide > referenceSide ? ll : -ll,
                        logRatio));
            }
        }
        Comparator<Row> order = Comparator.comparingDouble(Row::ll).reversed().thenComparing(r -> r.term.key);
        // the reference side's strongest are its most negative: rank by |ll|, then list them in signed order
        List<Row> listed = new ArrayList<>(Top.first(over, top, order));
        List<Row> referenceWords = new ArrayList<>(Top.first(under,
                top, Comparator.comparingDouble(Row::ll).thenComparing(r -> r.term.key)));
        referenceWords.sort(order);
        listed.addAll(referenceWords);
        for (Row r : listed) {
            ObjectNode row = Json.object();
            row.put("term", r.term.forms.best());
            row.put("target_count", r.term.target);
            row.put("reference_count", r.term.reference);
            row.put("target_per_million", r.term.target * 1e6 / targetSize);
            row.put("reference_per_million", r.term.reference * 1e6 / referenceSize);
            row.put("ll", r.ll);
            row.put("log_ratio", r.logRatio);
            rows.accept(row);
        }
    }
}
