package lede.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
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
 * <p>Pass 1 reads every document, signs it (exact-text hash and MinHash signature; the text is not kept),
 * and links it to earlier documents: an equal exact hash links at once, otherwise LSH banding proposes
 * candidates whose signatures are compared, and those at or above the threshold are merged by union-find.
 * Only at the end of pass 1 are the clusters and their kept documents known ({@code --keep longest} may keep
 * a later document), so pass 2 reads the corpus again and writes each document with its {@code dup} field.
 * With {@code --paragraphs} a pass in between counts, over one document per story, how many stories each
 * paragraph occurs in.
 */
public final class Deduper {
    private static final int BATCH = 256;
    /** Candidates walked per LSH band and document; see {@link LshIndex#candidates}. */
    private static final int MAX_CHAIN = 64;

    private final DedupeOptions options;
    private final Signer signer;
    private final int minSame;
    private DocTable table;
    private Clusters clusters;
    private LshIndex index;
    private LongIntMap exact;
    private int[] visitedBy = new int[1024];

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
        clusters = new Clusters(options.windowDays());
        index = new LshIndex(table, options.bands(), options.rows(), MAX_CHAIN);
        exact = new LongIntMap();
        sign(corpus);
        index = null; // the candidates are done with; let the memory go before the next pass
        exact = null;
        visitedBy = null;
        chooseKept();
        if (report != null) {
            writeReport(report);
        }
        if (options.paragraphs()) {
            paragraphs = Paragraphs.count(corpus, options.minDocs(), this::countsParagraphs);
        }
        return write(corpus, out);
    }

    // ---- pass 1: sign and link -------------------------------------------------------------------------

    private record Signed(String id, char[] signature, long exactHash, long date, int length) {
    }

    private record Positioned(ObjectNode document, int position) {
    }

    private void sign(Corpus corpus) throws IOException {
        try (Corpus.Pass pass = corpus.open();
             OrderedRunner<Positioned, Signed> runner = new OrderedRunner<>("lede-dedupe-sign", options.threads(), 2,
                     p -> sign(p.document, p.position), this::link)) {
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
        long exactHash = 0;
        if (text != null) {
            Tokens tokens = signer.tokens(text);
            signature = signer.sign(tokens);
            exactHash = tokens.exactHash();
        }
        return new Signed(idOf(document, position), signature, exactHash, view.epochSeconds(DocTable.NO_DATE),
                text == null ? 0 : text.length());
    }

    private void link(Signed s) {
        int doc = table.add(s.id, s.signature, s.exactHash, s.date, s.length);
        clusters.add(doc, s.date);
        if (s.signature == null) {
            return; // nothing to compare: never a copy, never copied
        }
        int same = exact.get(s.exactHash, -1);
        exact.put(s.exactHash, doc);
        if (same >= 0 && clusters.union(doc, same)) {
            return; // its signature equals one already indexed: indexing it again would only lengthen chains
        }
        if (doc >= visitedBy.length) {
            visitedBy = Arrays.copyOf(visitedBy, visitedBy.length * 2);
        }
        visitedBy[doc] = -1;
        char[] chunk = table.signatureChunk(doc);
        int from = table.offset(doc);
        index.candidates(chunk, from, candidate -> {
            if (visitedBy[candidate] == doc) {
                return true;
            }
            visitedBy[candidate] = doc;
            if (clusters.find(candidate) == clusters.find(doc)) {
                return true;
            }
            if (sameCount(doc, candidate) >= minSame) {
                clusters.union(doc, candidate);
            }
            return true;
        });
        index.add(doc, chunk, from);
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

    /** Whether {@code doc} is a better document to keep than {@code current}, which comes earlier. */
    private boolean better(int doc, int current) {
        return switch (options.keep()) {
            case FIRST -> false;
            case LONGEST -> table.length(doc) > table.length(current);
            case EARLIEST -> table.date(doc) != DocTable.NO_DATE
                    && (table.date(current) == DocTable.NO_DATE || table.date(doc) < table.date(current));
        };
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
                }
            }
            line.put("exact", exactCopies);
            line.put("min_similarity", min);
            line.put("max_similarity", max);
            report.accept(line);
        }
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
                if (position >= n || !idOf(document, position).equals(table.id(position))) {
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
                    dup.put("similarity", similarity(doc, keep));
                    dup.put("method", exactCopy ? "exact" : "near");
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

    // ---- documents ---------------------------------------------------------------------------------------

    /** The document's {@code id}, or {@code #N} (its 1-based input position) when it has none. */
    static String idOf(ObjectNode document, int position) {
        JsonNode id = document.get("id");
        if (id == null || id.isNull() || id.isContainerNode()) {
            return "#" + (position + 1);
        }
        return id.asText();
    }
}
