package lede.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Boilerplate paragraphs: those that occur (after exact-mode normalisation) in at least {@code minDocs}
 * stories. A story is counted once however many copies of it there are, so the paragraphs of a wire story
 * printed by ten sites are not mistaken for boilerplate. Memory: one 64-bit hash and a count per distinct
 * paragraph.
 */
final class Paragraphs {
    private static final Pattern BREAK = Pattern.compile("(?:\\r?\\n[ \\t\\u00a0]*){2,}");

    private final LongIntMap storiesPerParagraph;
    private final int minDocs;
    private final Tokens tokens = new Tokens();

    private Paragraphs(LongIntMap storiesPerParagraph, int minDocs) {
        this.storiesPerParagraph = storiesPerParagraph;
        this.minDocs = minDocs;
    }

    /** Counts the paragraphs of the documents {@code counted} accepts (by input position). */
    static Paragraphs count(Corpus corpus, int minDocs, IntPredicate counted) throws IOException {
        Paragraphs result = new Paragraphs(new LongIntMap(), minDocs);
        LongIntMap seenInDocument = new LongIntMap();
        try (Corpus.Pass pass = corpus.open()) {
            int position = 0;
            while (pass.hasNext()) {
                ObjectNode document = pass.next();
                if (!counted.test(position++)) {
                    continue;
                }
                String text = text(document);
                if (text == null) {
                    continue;
                }
                for (String paragraph : BREAK.split(text)) {
                    long hash = result.hash(paragraph);
                    // once per document: a paragraph repeated inside one story is not boilerplate by itself
                    if (hash != 0 && seenInDocument.get(hash, -1) != position) {
                        seenInDocument.put(hash, position);
                        result.storiesPerParagraph.add(hash, 1);
                    }
                }
            }
        }
        return result;
    }

    /**
     * Removes the boilerplate paragraphs from the document's {@code text} (the rest joined by one blank line)
     * and records how many in {@code dedupe: {removed: {paragraphs: N}}}; returns N.
     */
    int strip(ObjectNode document) {
        String text = text(document);
        if (text == null) {
            return 0;
        }
        String[] parts = BREAK.split(text);
        List<String> kept = new ArrayList<>(parts.length);
        for (String paragraph : parts) {
            long hash = hash(paragraph);
            if (hash == 0 || storiesPerParagraph.get(hash, 0) < minDocs) {
                kept.add(paragraph);
            }
        }
        int removed = parts.length - kept.size();
        if (removed > 0) {
            document.put("text", String.join("\n\n", kept));
            ObjectNode record = Json.object();
            record.putObject("removed").put("paragraphs", removed);
            document.set("dedupe", record);
        }
        return removed;
    }

    /** The paragraph's normalised hash, 0 for a paragraph without words (never counted or removed). */
    private long hash(String paragraph) {
        tokens.read(paragraph);
        if (tokens.count() == 0) {
            return 0;
        }
        long hash = tokens.exactHash();
        return hash == 0 ? 1 : hash;
    }

    private static String text(ObjectNode document) {
        JsonNode text = document.get("text");
        return text != null && text.isTextual() ? text.textValue() : null;
    }
}
