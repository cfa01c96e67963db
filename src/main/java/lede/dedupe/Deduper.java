package lede.dedupe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentView;
import lede.io.Json;
import lede.io.LedeException;
import lede.io.OrderedRunner;

import java.io.IOException;
import java.util.Arrays;

/**
 * Finds exact and near-duplicate documents and marks (or drops) the copies.
 *
 * <p>Pass 1 reads every document and signs it on the worker threads: exact-text hash, MinHash signature and a
 * {@link Sketch} of sampled 3-grams and numbers; the text is not kept. Then the copies are linked: documents
 * with equal exact hashes at once; the others through candidates, pairs sharing rare sampled 3-grams
 * ({@link GramPostings}) or a signature band ({@link BandPairs}), each verified on its own: a copy when its
 * estimated Jaccard similarity reaches the threshold or the shorter text is mostly contained in the other,
 * unless their numbers tell them apart ({@link Verifier}). The links make the clusters ({@link Links}).
 * Nothing here depends on the input order or the threads, except which document {@code --keep first} keeps.
 * Only then are the clusters and their kept documents known, so pass 2 reads the corpus again and writes each
 * document with its {@code dup} field. With {@code --paragraphs} a pass in between counts, over one document
 * per story, how many stories each paragraph occurs in.
 */
public final class Deduper {
    private static final int BATCH = 256;
    /** Documents a sampled 3-gram may be in and still give candidates; see {@link GramPostings}. */
    static final int MAX_DOCS_PER_GRAM = 16;
    /** Documents verified per task of the verifying threads. */
    private static final int VERIFY_CHUNK = 2048;
    /** Sampled 3-grams a candidate must share: one shared phrase is not worth a comparison. */
    private static final int MIN_SHARED = 2;

    private final DedupeOptions options;
    private final Signer signer;
    private final int minSame;
    private DocTable table;
    private Clusters clusters;

    private int[] root;
    private int[] kept;
    private int[] clusterSize;
    private Paragraphs paragraphs;

    /** What one run found. */
    public record Summary(int documents, int clusters, int copies, int exactCopies, long paragraphsRemoved) {
    }

    /** Where documents or report lines go. */
    public interface Sink {
        void accept(ObjectNode node) throws IOException;
    }

    public Deduper(DedupeOptions options) {
        this.options = options;
        this.signer = new Signer(options.shingle(), options.permutations());
        this.minSame = (int) Math.ceil(options.threshold() * options.permutations() - 1e-9);
    }

    /**
     * Runs dedupe over {@code corpus}, writing documents to {@code out} in input order and, when
     * {@code report} is not null, one line per cluster of two or more documents to it.
     */
    public Summary run(Corpus corpus, Sink out, Sink report) throws IOException {
        table = new DocTable(options.permutations());
        sign(corpus);
        link();
        chooseKept();
        if (report != null) {
            writeReport(report);
        }
        if (options.paragraphs()) {
            paragraphs = Paragraphs.count(corpus, options.minDocs(), this::countsParagraphs);
        }
        return write(corpus, out);
    }

    // ---- pass 1: sign ----------------------------------------------------------------------------------

    private record Signed(String id, char[] signature, Sketch sketch, long exactHash, long date, int length) {
    }

    private record Positioned(ObjectNode document, int position) {
    }

    private void sign(Corpus corpus) throws IOException {
        try (Corpus.Pass pass = corpus.open();
             OrderedRunner<Positioned, Signed> runner = new OrderedRunner<>("lede-dedupe-sign", options.threads(), 2,
                     p -> sign(p.document, p.position),
                     s -> table.add(s.id, s.signature, s.sketch, s.exactHash, s.date, s.length))) {
            runner.batches(BATCH);
            int position = 0;
            while (pass.hasNext()) {
                runner.add(new Positioned(pass.next(), position++));
            }
            runner.finish();
        }
    }

    private Signed sign(ObjectNode document, int position) {
        DocumentView view = new DocumentView(document);
        String text = view.comparedText(options.field() == DedupeOptions.Field.TITLE_TEXT);
        char[] signature = null;
        Sketch sketch = null;
        long exactHash = 0;
        if (text != null) {
            Tokens tokens = signer.tokens(text);
            signature = signer.sign(tokens);
            if (signature != null) {
                sketch = signer.sketch(tokens);
            }
            exactHash = tokens.exactHash();
        }
        return new Signed(DocumentFields.idOf(document, position), signature, sketch, exactHash, view.epochSeconds(DocTable.NO_DATE),
                text == null ? 0 : text.length());
    }

    // ---- between the passes: candidates, verification, clusters ----------------------------------------

    /**
     * Links the copies. Documents with equal exact hashes are one class, represented by the member with the
     * smallest id; only representatives are indexed and verified. Every choice here depends on the set of
     * documents, not on their order or on the threads: the candidates come from {@link GramPostings}, the
     * verification of a pair looks at the pair only, and the links are applied in an order of their own.
     */
    private void link() {
        int n = table.size();
        int[] rep = exactRepresentatives(n);
        boolean[] indexed = new boolean[n];
        for (int doc = 0; doc < n; doc++) {
            indexed[doc] = rep[doc] == doc;
        }
        Links links = new Links(table, options.windowDays());
        links.addExact(rep);
        GramPostings postings = GramPostings.build(table.sketches(), indexed, n, MAX_DOCS_PER_GRAM);
        long[] bandPairs = BandPairs.of(table, indexed, n, options.permutations());
        int threads = options.threads();
        ThreadLocal<GramPostings.Scratch> scratch = ThreadLocal.withInitial(() -> new GramPostings.Scratch(n));
        try (OrderedRunner<int[], long[]> runner = new OrderedRunner<>("lede-dedupe-verify", threads, 2,
                range -> verify(range[0], range[1], indexed, postings, bandPairs, scratch.get()), links::addNear)) {
            for (int from = 0; from < n; from += VERIFY_CHUNK) {
                runner.add(new int[]{from, Math.min(n, from + VERIFY_CHUNK)});
            }
            runner.finish();
        }
        clusters = links.cluster(this::sameCount);
    }

    /** For each signed document, the member of its exact class (equal exact hash) with the smallest id; -1 if unsigned. */
    private int[] exactRepresentatives(int n) {
        LongIntMap smallest = new LongIntMap();
        for (int doc = 0; doc < n; doc++) {
            if (table.signed(doc)) {
                int current = smallest.get(table.exactHash(doc), -1);
                if (current < 0 || table.id(doc).compareTo(table.id(current)) < 0) {
                    smallest.put(table.exactHash(doc), doc);
                }
            }
        }
        int[] rep = new int[n];
        for (int doc = 0; doc < n; doc++) {
            rep[doc] = table.signed(doc) ? smallest.get(table.exactHash(doc), -1) : -1;
        }
        return rep;
    }

    /**
     * The verified copies among the candidates of documents {@code from..to-1} (from rare 3-grams and from
     * bands), as (a << 32 | b) with a < b.
     */
    private long[] verify(int from, int to, boolean[] indexed, GramPostings postings, long[] bandPairs,
                          GramPostings.Scratch scratch) {
        long[] found = new long[16];
        int count = 0;
        for (int doc = from; doc < to; doc++) {
            if (!indexed[doc]) {
                continue;
            }
            int candidates = postings.candidates(doc, MIN_SHARED, table.sketches(), scratch);
            for (int i = 0; i < candidates; i++) {
                int other = scratch.found[i];
                if (isCopy(doc, other)) {
                    found = add(found, count++, doc, other);
                }
            }
            for (int band = BandPairs.firstOf(bandPairs, doc); band < bandPairs.length && bandPairs[band] >>> 32 == doc; band++) {
                int other = (int) bandPairs[band];
                if (Arrays.binarySearch(scratch.found, 0, candidates, other) < 0 && isCopy(doc, other)) {
                    found = add(found, count++, doc, other);
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static long[] add(long[] pairs, int at, int a, int b) {
        long[] out = at == pairs.length ? Arrays.copyOf(pairs, at * 2) : pairs;
        out[at] = (long) a << 32 | b;
        return out;
    }

    /** Whether two candidates are copies: similar as a whole or one mostly inside the other, numbers agreeing. */
    private boolean isCopy(int a, int b) {
        if (Verifier.numbersDiffer(table.sketch(a), table.sketch(b))) {
            return false;
        }
        return sameCount(a, b) >= minSame || containment(a, b, Verifier.MIN_GRAMS) >= options.containment();
    }

    /** The estimated share of the shorter text's 3-grams found in the other (-1: too short to say). */
    private double containment(int a, int b, int minGrams) {
        Sketch x = table.sketch(a);
        Sketch y = table.sketch(b);
        boolean aShorter = x.size < y.size || x.size == y.size && table.length(a) <= table.length(b);
        return aShorter ? Verifier.containment(x, y, minGrams) : Verifier.containment(y, x, minGrams);
    }

    private int sameCount(int a, int b) {
        char[] x = table.signatureChunk(a);
        char[] y = table.signatureChunk(b);
        int i = table.offset(a);
        int j = table.offset(b);
        int same = 0;
        for (int k = 0; k < options.permutations(); k++) {
            if (x[i + k] == y[j + k]) {
                same++;
            }
        }
        return same;
    }

    // ---- between the passes: clusters and their kept documents -----------------------------------------

    private void chooseKept() {
        int n = table.size();
        root = new int[n];
        kept = new int[n];
        clusterSize = new int[n];
        Arrays.fill(kept, -1);
        for (int doc = 0; doc < n; doc++) {
            int r = clusters.find(doc);
            root[doc] = r;
            clusterSize[r]++;
            if (kept[r] < 0 || better(doc, kept[r])) {
                kept[r] = doc;
            }
        }
        clusters = null;
    }

    /**
     * Whether {@code doc} is a better document to keep than {@code current}, which comes earlier. Ties of
     * longest and earliest go to the smaller id, so that only {@code --keep first} depends on the input order.
     */
    private boolean better(int doc, int current) {
        int c = switch (options.keep()) {
            case FIRST -> 0;
            case LONGEST -> Integer.compare(table.length(doc), table.length(current));
            case EARLIEST -> Long.compare(dateOrLast(current), dateOrLast(doc));
        };
        return c > 0 || c == 0 && options.keep() != DedupeOptions.Keep.FIRST
                && table.id(doc).compareTo(table.id(current)) < 0;
    }

    private long dateOrLast(int doc) {
        return table.date(doc) == DocTable.NO_DATE ? Long.MAX_VALUE : table.date(doc);
    }

    private boolean inCluster(int doc) {
        return clusterSize[root[doc]] > 1;
    }

    private int keptOf(int doc) {
        return kept[root[doc]];
    }

    /** Paragraphs are counted over one document per story: the kept ones and those in no cluster. */
    private boolean countsParagraphs(int doc) {
        return keptOf(doc) == doc;
    }

    private void writeReport(Sink report) throws IOException {
        int n = table.size();
        int[] nextMember = new int[n];
        int[] firstMember = new int[n];
        Arrays.fill(firstMember, -1);
        for (int doc = n - 1; doc >= 0; doc--) {
            nextMember[doc] = firstMember[root[doc]];
            firstMember[root[doc]] = doc;
        }
        for (int r = 0; r < n; r++) {
            if (root[r] != r || clusterSize[r] < 2) {
                continue;
            }
            int keep = kept[r];
            ObjectNode line = Json.object();
            line.put("cluster", table.id(keep));
            line.put("size", clusterSize[r]);
            var members = line.putArray("members");
            var copies = line.arrayNode();
            double min = 1;
            double max = 0;
            int exactCopies = 0;
            for (int doc = firstMember[r]; doc >= 0; doc = nextMember[doc]) {
                members.add(table.id(doc));
                if (doc != keep) {
                    double similarity = similarity(doc, keep);
                    min = Math.min(min, similarity);
                    max = Math.max(max, similarity);
                    if (table.exactHash(doc) == table.exactHash(keep)) {
                        exactCopies++;
                    }
                    ObjectNode copy = copies.addObject();
                    copy.put("id", table.id(doc));
                    describe(copy, doc, keep);
                }
            }
            line.put("exact", exactCopies);
            line.put("min_similarity", min);
            line.put("max_similarity", max);
            line.set("copies", copies);
            report.accept(line);
        }
    }

    /**
     * Says why {@code doc} is a copy of {@code keep}: similarity (estimated Jaccard), containment (share of the
     * shorter text in the other) and method: exact (same normalised text), contained (mostly inside the other
     * while not similar as a whole), near (similar as a whole, or joined to the kept one through other copies).
     */
    private void describe(ObjectNode target, int doc, int keep) {
        double similarity = similarity(doc, keep);
        double containment = Math.max(0, Math.round(containment(doc, keep, 1) * 1000.0) / 1000.0);
        target.put("similarity", similarity);
        target.put("containment", containment);
        String method = table.exactHash(doc) == table.exactHash(keep) ? "exact"
                : sameCount(doc, keep) < minSame && containment >= options.containment() ? "contained" : "near";
        target.put("method", method);
    }

    private double similarity(int a, int b) {
        return Math.round(sameCount(a, b) * 1000.0 / options.permutations()) / 1000.0;
    }

    // ---- pass 2: write ---------------------------------------------------------------------------------

    private Summary write(Corpus corpus, Sink out) throws IOException {
        int n = table.size();
        int clusterCount = 0;
        int copies = 0;
        int exactCopies = 0;
        long removed = 0;
        int position = 0;
        try (Corpus.Pass pass = corpus.open()) {
            while (pass.hasNext()) {
                ObjectNode document = pass.next();
                if (position >= n || !DocumentFields.idOf(document, position).equals(table.id(position))) {
                    throw new LedeException("the input changed while dedupe was reading it (document "
                            + (position + 1) + ")");
                }
                int doc = position++;
                if (paragraphs != null) {
                    removed += paragraphs.strip(document);
                }
                if (!inCluster(doc)) {
                    document.remove("dup");
                    out.accept(document);
                    continue;
                }
                int keep = keptOf(doc);
                ObjectNode dup = Json.object();
                dup.put("cluster", table.id(keep));
                if (doc == keep) {
                    clusterCount++;
                    dup.put("size", clusterSize[root[doc]]);
                } else {
                    copies++;
                    boolean exactCopy = table.exactHash(doc) == table.exactHash(keep);
                    if (exactCopy) {
                        exactCopies++;
                    }
                    if (options.drop()) {
                        continue;
                    }
                    dup.put("of", table.id(keep));
                    describe(dup, doc, keep);
                }
                document.set("dup", dup);
                out.accept(document);
            }
        }
        if (position != n) {
            throw new LedeException("the input changed while dedupe was reading it (" + n + " documents, then "
                    + position + ")");
        }
        return new Summary(n, clusterCount, copies, exactCopies, removed);
    }
}
