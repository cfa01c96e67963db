package lede.dedupe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.ingest.IdSet;
import lede.io.DocumentSource;
import lede.io.Rejects;

import java.util.function.Predicate;

/**
 * The id check dedupe shares with ingest: every document's id (or, without one, its position name
 * {@code #N}) must be new in the run, or the document is a bad record, so the clusters and {@code dup.of}
 * never name two documents alike (a real id {@code #2} and the second, id-less, document). Use it as the
 * {@link DocumentSource#passOver} of each pass: a repeat is reported and left out, and {@code #N} counts
 * only the documents kept, as {@link Deduper#idOf} numbers them.
 */
public final class UniqueIds implements Predicate<ObjectNode> {
    private final DocumentSource source;
    private final Rejects rejects;
    private final IdSet seen = new IdSet();
    private int kept;

    private UniqueIds(DocumentSource source, Rejects rejects) {
        this.source = source;
        this.rejects = rejects;
    }

    /** {@code source}, leaving out (as bad records) documents whose id an earlier one had. */
    public static DocumentSource check(DocumentSource source, Rejects rejects) {
        return source.passOver(new UniqueIds(source, rejects));
    }

    @Override
    public boolean test(ObjectNode document) {
        String id = DocumentFields.idOf(document, kept);
        if (seen.add(id)) {
            kept++;
            return false;
        }
        rejects.reject(source.file(), source.line(), "duplicate id '" + id + "' (an earlier document has it"
                + (document.hasNonNull("id") && !document.get("id").isContainerNode() ? ""
                : "; a document without an id is named #N by its position") + ")", document.toString());
        return true;
    }
}
