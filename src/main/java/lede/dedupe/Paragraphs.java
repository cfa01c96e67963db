package lede.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import lede.io.KeptSpans;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boilerplate paragraphs: those that occur (after exact-mode normalisation) in at least {@code minDocs}
 * stories. A story is counted once however many copies of it there are, so the paragraphs of a wire story
 * printed by ten sites are not mistaken for boilerplate. Memory: one 64-bit hash and a count per distinct
 * paragraph.
 */
public final class Paragraphs {
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
                for (long hash : result.hashes(document, seenInDocument, position)) {
                    result.storiesPerParagraph.add(hash, 1);
                }
            }
        }
        return result;
    }

    /** Paragraphs that occur in at least {@code minDocs} stories, from their hashes (Spark counts them). */
    public static Paragraphs boilerplate(long[] hashes, int minDocs) {
        Paragraphs result = new Paragraphs(new LongIntMap(), minDocs);
        for (long hash : hashes) {
            result.storiesPerParagraph.put(hash, minDocs);
        }
        return result;
    }

    /** A counter of paragraphs: {@link #hashes(ObjectNode)} of each story, counted once per story. */
    public static Paragraphs counter() {
        return new Paragraphs(new LongIntMap(), Integer.MAX_VALUE);
    }

    /** The distinct hashes of the document's paragraphs, as {@link #count} counts them for one story. */
    public long[] hashes(ObjectNode document) {
        return hashes(document, new LongIntMap(), 0);
    }

    private long[] hashes(ObjectNode document, LongIntMap seenInDocument, int position) {
        String text = text(document);
        if (text == null) {
            return new long[0];
        }
        String[] paragraphs = BREAK.split(text);
        long[] hashes = new long[paragraphs.length];
        int count = 0;
        for (String paragraph : paragraphs) {
            long hash = hash(paragraph);
            // once per document: a paragraph repeated inside one story is not boilerplate by itself
            if (hash != 0 && seenInDocument.get(hash, -1) != position) {
                seenInDocument.put(hash, position);
                hashes[count++] = hash;
            }
        }
        return java.util.Arrays.copyOf(hashes, count);
    }

    /**
     * Removes the boilerplate paragraphs from the document's {@code text} and records how many in
     * {@code dedupe: {removed: {paragraphs: N}}}; returns N. Kept paragraphs that were next to each other keep
     * the break between them as it was; where paragraphs were cut, the break after the last kept one joins
     * them (so removing a paragraph that was put into a text gives the text back).
     * Every mention (entities, quotes, quantities, dates, ...) is moved with its paragraph so that
     * {@code text[start:end]} still holds; a mention in a removed paragraph goes too, counted in
     * {@code removed} under its field's name.
     */
    public int strip(ObjectNode document) {
        String text = text(document);
        if (text == null) {
            return 0;
        }
        List<int[]> parts = new ArrayList<>(); // [start, end) of each paragraph, in UTF-16 units
        Matcher breaks = BREAK.matcher(text);
        int from = 0;
        while (breaks.find()) {
            parts.add(new int[]{from, breaks.start()});
            from = breaks.end();
        }
        parts.add(new int[]{from, text.length()});
        boolean[] keep = new boolean[parts.size()];
        int removed = 0;
        for (int i = 0; i < keep.length; i++) {
            long hash = hash(text.substring(parts.get(i)[0], parts.get(i)[1]));
            keep[i] = hash == 0 || storiesPerParagraph.get(hash, 0) < minDocs;
            removed += keep[i] ? 0 : 1;
        }
        if (removed == 0) {
            return 0;
        }
        StringBuilder kept = new StringBuilder(text.length());
        KeptSpans spans = new KeptSpans();
        int newPoints = 0; // code points written so far
        int previous = -1; // the last paragraph of the previous run of kept ones
        for (int i = 0; i < keep.length; ) {
            if (!keep[i]) {
                i++;
                continue;
            }
            int j = i; // a run of kept paragraphs, copied with the breaks between them
            while (j + 1 < keep.length && keep[j + 1]) {
                j++;
            }
            if (previous >= 0) { // the break that followed the previous run
                String joint = text.substring(parts.get(previous)[1], parts.get(previous + 1)[0]);
                kept.append(joint);
                newPoints += joint.codePointCount(0, joint.length());
            }
            previous = j;
            int start = parts.get(i)[0];
            int end = parts.get(j)[1];
            int oldPoints = text.codePointCount(0, start);
            int length = text.codePointCount(start, end);
            spans.add(oldPoints, oldPoints + length, newPoints);
            kept.append(text, start, end);
            newPoints += length;
            i = j + 1;
        }
        document.put("text", kept.toString());
        ObjectNode record = Json.object();
        ObjectNode counts = record.putObject("removed");
        counts.put("paragraphs", removed);
        spans.moveMentions(document).forEach(counts::put);
        document.set("dedupe", record);
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
