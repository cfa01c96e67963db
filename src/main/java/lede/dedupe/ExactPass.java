package lede.dedupe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentView;
import lede.io.Json;

import java.io.IOException;

/**
 * Exact duplicates in one streaming pass (the {@code --exact-only} mode, and the floor the benchmark
 * measures near-duplicate detection against): a document whose normalised text equals an earlier one's
 * gets {@code dup: {cluster, of, similarity: 1.0, containment: 1.0, method: "exact"}} pointing at the first such document; the
 * first gets nothing, since its cluster's size is known only at the end. Memory: 12 bytes per distinct text
 * plus the ids of first occurrences.
 */
public final class ExactPass {
    private final boolean drop;
    private final DedupeOptions.Field field;

    public ExactPass(DedupeOptions.Field field, boolean drop) {
        this.field = field;
        this.drop = drop;
    }

    public Deduper.Summary run(Corpus.Pass pass, Deduper.Sink out) throws IOException {
        LongIntMap first = new LongIntMap();
        java.util.ArrayList<String> firstIds = new java.util.ArrayList<>();
        Tokens tokens = new Tokens();
        int position = 0;
        int copies = 0;
        while (pass.hasNext()) {
            ObjectNode document = pass.next();
            String text = new DocumentView(document).comparedText(field == DedupeOptions.Field.TITLE_TEXT);
            document.remove("dup");
            if (text != null) {
                tokens.read(text);
                if (tokens.count() > 0) {
                    long hash = tokens.exactHash();
                    int original = first.get(hash, -1);
                    if (original >= 0) {
                        copies++;
                        if (drop) {
                            position++;
                            continue;
                        }
                        String id = firstIds.get(original);
                        ObjectNode dup = document.putObject("dup");
                        dup.put("cluster", id);
                        dup.put("of", id);
                        dup.put("similarity", 1.0);
                        dup.put("containment", 1.0);
                        dup.put("method", "exact");
                    } else {
                        first.put(hash, firstIds.size());
                        firstIds.add(DocumentFields.idOf(document, position));
                    }
                }
            }
            position++;
            out.accept(document);
        }
        return new Deduper.Summary(position, -1, copies, copies, 0);
    }
}
