package lede.dedupe;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
    /** Documents verified per task of the verifying threads. */
    private static final int VERIFY_CHUNK = 2048;

    private final DedupeOptions options;
    private final Signer signer;
    private final CopyCheck check;
    private final KeepRule keepRule;
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
        this.check = new CopyCheck(options);
        this.keepRule = new KeepRule(options.keep());
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

    private record Positioned(ObjectNode document, int position) {
    }

    private void sign(Corpus corpus) throws IOException {
        try (Corpus.Pass pass = corpus.open();
             OrderedRunner<Positioned, Signed> runner = new OrderedRunner<>("lede-dedupe-sign", options.threads(), 2,
                     p -> signer.sign(p.document, p.position, options.field()),
                     s -> table.add(s.id(), s.signature(), s.sketch(), s.exactHash(), s.date(), s.length()))) {
            runner.batches(BATCH);
            int position = 0;
            while (pass.hasNext()) {
                runner.add(new Positioned(pass.next(), position++));
            }
            runner.finish();
        }
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
        GramPostings postings = GramPostings.build(table.sketches(), indexed, n, GramPostings.MAX_DOCS);
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
        clusters = links.cluster((a, b) -> check.sameCount(table.side(a), table.side(b)));
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
            int candidates = postings.candidates(doc, GramPostings.MIN_SHARED, table.sketches(), scratch);
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

    private boolean isCopy(int a, int b) {
        return check.isCopy(table.side(a), table.side(b));
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

    /** Whether {@code doc} is a better document to keep than {@code current} ({@link KeepRule}). */
    private boolean better(int doc, int current) {
        return keepRule.better(table.member(doc), table.member(current));
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
                    double similarity = check.similarity(table.side(doc), table.side(keep));
                    min = Math.min(min, similarity);
                    max = Math.max(max, similarity);
                    if (table.exactHash(doc) == table.exactHash(keep)) {
                        exactCopies++;
                    }
                    ObjectNode copy = copies.addObject();
                    copy.put("id", table.id(doc));
                    check.describe(copy, table.side(doc), table.side(keep));
                }
            }
            line.put("exact", exactCopies);
            line.put("min_similarity", min);
            line.put("max_similarity", max);
            line.set("copies", copies);
            report.accept(line);
        }
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
                    CopyCheck.mark(document, null);
                    out.accept(document);
                    continue;
                }
                int keep = keptOf(doc);
                if (doc == keep) {
                    clusterCount++;
                } else {
                    copies++;
                    if (table.exactHash(doc) == table.exactHash(keep)) {
                        exactCopies++;
                    }
                    if (options.drop()) {
                        continue;
                    }
                }
                CopyCheck.mark(document, check.dupField(table.side(doc), table.side(keep), clusterSize[root[doc]]));
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
